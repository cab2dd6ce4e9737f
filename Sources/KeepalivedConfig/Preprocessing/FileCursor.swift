/// Reads the physical lines of one file's bytes, counting line numbers.
struct FileCursor: Sendable {
    let fileIndex: Int
    let bytes: [UInt8]
    private(set) var offset = 0
    private(set) var lineNumber = 0

    init(fileIndex: Int, bytes: [UInt8]) {
        self.fileIndex = fileIndex
        self.bytes = bytes
    }

    /// The next line's byte range without its `\n`, or nil at the end of the file.
    mutating func nextLine() -> Range<Int>? {
        guard offset < bytes.count else { return nil }
        let start = offset
        let end = bytes[start...].firstIndex(of: .newline) ?? bytes.count
        offset = end + 1
        lineNumber += 1
        return start..<end
    }
}
