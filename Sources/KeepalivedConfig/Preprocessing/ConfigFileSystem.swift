/// Read-only access to configuration files, directories and environment variables; the parser's only
/// window on the operating system, so it stays pure and testable with `InMemoryFileSystem`.
public protocol ConfigFileSystem: Sendable {
    /// The whole content of the file at `path`.
    func readFile(_ path: String) throws(ConfigFileSystemError) -> [UInt8]
    /// The content of the file at `path`, refusing files over `maxBytes` (ideally without reading them).
    func readFile(_ path: String, maxBytes: Int) throws(ConfigFileSystemError) -> [UInt8]
    /// Entry names of the directory at `path` (without `.` and `..`), nil if it is not a readable directory.
    func listDirectory(_ path: String) -> [String]?
    /// True when something (file or directory) exists at `path`.
    func exists(_ path: String) -> Bool
    /// The value of environment variable `name`, for `${_ENV name}`.
    func environment(_ name: String) -> String?
}

extension ConfigFileSystem {
    public func readFile(_ path: String, maxBytes: Int) throws(ConfigFileSystemError) -> [UInt8] {
        let bytes = try readFile(path)
        guard bytes.count <= maxBytes else { throw .tooLarge(path, bytes: bytes.count) }
        return bytes
    }

    public func exists(_ path: String) -> Bool {
        if listDirectory(path) != nil { return true }
        let normalized = ConfigPath.normalize(path)
        return listDirectory(ConfigPath.directory(of: normalized))?.contains(ConfigPath.lastComponent(of: normalized))
            ?? false
    }
}
