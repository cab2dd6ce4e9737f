import Glibc
import KeepalivedConfig

/// The real file system for the config parser: `open`/`fstat`/`read`, `opendir`/`readdir`, `getenv`.
/// Files over the size limit are refused after `fstat`, before any byte is read.
public struct PosixConfigFileSystem: ConfigFileSystem {
    /// Refuse files larger than this even when the caller asks for more.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = ParseLimits().maxFileBytes) {
        self.maxFileBytes = maxFileBytes
    }

    public func readFile(_ path: String) throws(ConfigFileSystemError) -> [UInt8] {
        try readFile(path, maxBytes: maxFileBytes)
    }

    public func readFile(_ path: String, maxBytes: Int) throws(ConfigFileSystemError) -> [UInt8] {
        let limit = min(maxBytes, maxFileBytes)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.openError(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path, reason: Self.describe(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .unreadable(
                path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "Is a directory" : "not a regular file")
        }
        guard Int(info.st_size) <= limit else { throw .tooLarge(path, bytes: Int(info.st_size)) }
        return try readAll(fd, path: path, limit: limit)
    }

    /// Reads to end of file; a file that grows past `limit` while being read is refused too.
    private func readAll(_ fd: Int32, path: String, limit: Int) throws(ConfigFileSystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: Self.describe(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            guard bytes.count <= limit else { throw .tooLarge(path, bytes: bytes.count) }
        }
    }

    public func listDirectory(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    private static func openError(_ path: String, _ code: Int32) -> ConfigFileSystemError {
        code == ENOENT ? .notFound(path) : .unreadable(path, reason: describe(code))
    }

    private static func describe(_ code: Int32) -> String {
        strerror(code).map { String(cString: $0) } ?? "error \(code)"
    }
}
