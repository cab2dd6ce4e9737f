/// Splits a line at its first `{` or `}` outside double quotes (Docs/Keepalived.md §2.1): the text before the
/// brace is one line, the brace is a line of its own, and the rest is read as the next line.
enum BraceSplitter {
    struct Result {
        /// The line to use now: text before the brace, or the brace alone.
        var head: LogicalLine
        /// What is left to read as the next line.
        var residue: LogicalLine?
    }

    static func split(_ line: LogicalLine) -> Result {
        guard let brace = firstBrace(in: line.bytes) else {
            return Result(head: line.trimmingTrailingBlanks(), residue: nil)
        }
        var cut = brace
        if brace == 0 {
            // The brace alone: skip it and the blanks after it.
            cut = 1
            while cut < line.count && line.bytes[cut].isBlank { cut += 1 }
        }
        let head = line.slice(0..<(brace == 0 ? 1 : cut)).trimmingTrailingBlanks()
        guard cut < line.count else { return Result(head: head, residue: nil) }
        let residue = line.slice(cut..<line.count).trimmingTrailingBlanks()
        return Result(head: head, residue: residue.isEmpty ? nil : residue)
    }

    /// Index of the first brace not inside a complete pair of double quotes; an unterminated quote hides the rest.
    static func firstBrace(in bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case .openBrace, .closeBrace:
                return i
            case .quote:
                guard let close = bytes[(i + 1)...].firstIndex(of: .quote) else { return nil }
                i = close + 1
            default:
                i += 1
            }
        }
        return nil
    }
}
