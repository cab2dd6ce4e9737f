/// The original text of every file a parse read, so diagnostics can show the offending line.
public struct SourceFiles: Sendable {
    private struct StoredFile: Sendable {
        var bytes: [UInt8]
        /// Offset of the start of each line; UInt32 keeps the table small for large files.
        var lineStarts: [UInt32]
    }

    private var files: [String: StoredFile] = [:]

    public init() {}

    /// Line `line` (1-based) of `file` as written, without its line end; invalid UTF-8 shows as U+FFFD.
    public func line(file: String, line: Int) -> String? {
        lineBytes(file: file, line: line).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes of a line without its line end.
    func lineBytes(file: String, line: Int) -> ArraySlice<UInt8>? {
        guard let stored = files[file], line >= 1, line <= stored.lineStarts.count else { return nil }
        let start = Int(stored.lineStarts[line - 1])
        var end = line < stored.lineStarts.count ? Int(stored.lineStarts[line]) - 1 : stored.bytes.count
        while end > start && (stored.bytes[end - 1] == .carriageReturn || stored.bytes[end - 1] == .newline) {
            end -= 1
        }
        return stored.bytes[start..<end]
    }

    /// The paths of all files read, sorted.
    public var paths: [String] { files.keys.sorted() }

    mutating func add(path: String, bytes: [UInt8]) {
        guard files[path] == nil else { return }
        var starts: [UInt32] = bytes.isEmpty ? [] : [0]
        for (offset, byte) in bytes.enumerated() where byte == .newline && offset + 1 < bytes.count {
            starts.append(UInt32(truncatingIfNeeded: offset + 1))
        }
        files[path] = StoredFile(bytes: bytes, lineStarts: starts)
    }
}
