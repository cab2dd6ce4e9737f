import Glibc
import KeepalivedConfig

/// The real file system for the config parser: `open`/`fstat`/`read`, `opendir`/`readdir`, `getenv`.
/// Files over the size limit are refused after `fstat`, before any byte is read.
public struct PosixConfigFileSystem: ConfigFileSystem {
    /// Refuse files larger than this even when the caller asks for more.
    public var maxFileBytes: Int

    /// A file system refusing files over `maxFileBytes` (the parser's default limit unless told).
    public init(maxFileBytes: Int = ParseLimits().maxFileBytes) {
        self.maxFileBytes = maxFileBytes
    }

    public func readFile(_ path: String) throws(ConfigFileSystemError) -> [UInt8] {
        try readFile(path, maxBytes: maxFileBytes)
    }

    public func readFile(_ path: String, maxBytes: Int) throws(ConfigFileSystemError) -> [UInt8] {
        let limit = min(maxBytes, maxFileBytes)
        let fd: Int32
        do {
            fd = try System.open(path, flags: O_RDONLY)
        } catch {
            throw error.errno == ENOENT ? .notFound(path) : .unreadable(path, reason: error.reason)
        }
        defer { System.close(fd) }
        let status: PathStatus
        do {
            status = try System.status(of: fd)
        } catch {
            throw .unreadable(path, reason: error.reason)
        }
        switch status.kind {
        case .regular: break
        case .directory: throw .unreadable(path, reason: "Is a directory")
        case .socket, .fifo, .other: throw .unreadable(path, reason: "not a regular file")
        }
        guard status.size <= limit else { throw .tooLarge(path, bytes: status.size) }
        return try readAll(fd, path: path, limit: limit)
    }

    /// Reads to end of file; a file that grows past `limit` while being read is refused too.
    private func readAll(_ fd: Int32, path: String, limit: Int) throws(ConfigFileSystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do {
                chunk = try System.read(fd, upTo: 65536)
            } catch {
                throw .unreadable(path, reason: error.reason)
            }
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
            guard bytes.count <= limit else { throw .tooLarge(path, bytes: bytes.count) }
        }
    }

    public func listDirectory(_ path: String) -> [String]? {
        try? System.directoryEntries(path)
    }

    public func exists(_ path: String) -> Bool {
        (try? System.linkStatus(path)) != nil
    }

    public func environment(_ name: String) -> String? {
        System.environmentValue(name)
    }
}
