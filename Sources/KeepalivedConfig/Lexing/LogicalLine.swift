/// A line of configuration text on its way through the preprocessor: its bytes, and for every byte the
/// column it was written at, so tokens keep exact locations through comment removal, substitution and
/// brace splitting. Text produced by a substitution carries the column of the `$` that produced it.
struct LogicalLine: Sendable {
    var bytes: [UInt8]
    /// 1-based byte column in the physical line, one per byte of `bytes`.
    var columns: [Int]
    /// Index of the file in the preprocessor's file table.
    var fileIndex: Int
    var lineNumber: Int
    /// Index in `bytes` of a double quote the comment stripper found unterminated.
    var unterminatedQuote: Int?

    init(bytes: [UInt8], columns: [Int], fileIndex: Int, lineNumber: Int, unterminatedQuote: Int? = nil) {
        self.bytes = bytes
        self.columns = columns
        self.fileIndex = fileIndex
        self.lineNumber = lineNumber
        self.unterminatedQuote = unterminatedQuote
    }

    /// A line whose bytes all sit at one column (text from a definition, placed at its `$`).
    init(bytes: [UInt8], column: Int, fileIndex: Int, lineNumber: Int) {
        self.init(
            bytes: bytes, columns: Array(repeating: column, count: bytes.count), fileIndex: fileIndex,
            lineNumber: lineNumber)
    }

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// The source column of byte `index`, or just past the last byte when `index` is at the end.
    func column(at index: Int) -> Int {
        if index < columns.count { return columns[index] }
        return (columns.last ?? 0) + 1
    }

    /// Bytes `range` as a new line on the same source line.
    func slice(_ range: Range<Int>) -> LogicalLine {
        var quote: Int?
        if let q = unterminatedQuote, range.contains(q) { quote = q - range.lowerBound }
        return LogicalLine(
            bytes: Array(bytes[range]), columns: Array(columns[range]), fileIndex: fileIndex,
            lineNumber: lineNumber, unterminatedQuote: quote)
    }

    /// Replaces `range` with `replacement`, whose bytes all take `column`.
    mutating func replace(_ range: Range<Int>, with replacement: [UInt8], column: Int) {
        bytes.replaceSubrange(range, with: replacement)
        columns.replaceSubrange(range, with: repeatElement(column, count: replacement.count))
        unterminatedQuote = nil
    }

    /// The line with trailing blanks removed.
    func trimmingTrailingBlanks() -> LogicalLine {
        var end = bytes.count
        while end > 0 && bytes[end - 1].isBlank { end -= 1 }
        return end == bytes.count ? self : slice(0..<end)
    }

    /// The bytes as text, invalid UTF-8 replaced by U+FFFD.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
