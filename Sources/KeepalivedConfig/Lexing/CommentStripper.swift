/// Removes comments from a line the way keepalived does (Docs/Keepalived.md §2.1): `#` or `!` outside double
/// quotes starts a comment, `\#` and `\!` outside quotes stand for the character itself, and leading and
/// trailing blanks go. A trailing `\` is kept (marked in `continues`) for multi-line definitions.
enum CommentStripper {
    struct Result {
        var line: LogicalLine
        /// True when the line ended in a backslash (kept as the last byte).
        var continues: Bool
    }

    static func strip(_ line: LogicalLine) -> Result {
        let bytes = line.bytes
        var start = 0
        while start < bytes.count && bytes[start].isBlank { start += 1 }
        var out: [UInt8] = []
        var columns: [Int] = []
        out.reserveCapacity(bytes.count - start)
        columns.reserveCapacity(bytes.count - start)
        var inQuote = false
        var openQuote: Int?
        var continuation: Int?
        var i = start
        scan: while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case .quote:
                inQuote.toggle()
                openQuote = inQuote ? out.count : nil
            case .backslash:
                guard i + 1 < bytes.count else {
                    continuation = i
                    break scan
                }
                let next = bytes[i + 1]
                if !inQuote && (next == .hash || next == .bang) {
                    out.append(next)
                    columns.append(line.columns[i + 1])
                } else {
                    out.append(contentsOf: [byte, next])
                    columns.append(contentsOf: [line.columns[i], line.columns[i + 1]])
                }
                i += 2
                continue scan
            case .hash, .bang:
                if !inQuote { break scan }
            default:
                break
            }
            out.append(byte)
            columns.append(line.columns[i])
            i += 1
        }
        while let last = out.last, last.isBlank {
            out.removeLast()
            columns.removeLast()
        }
        if let continuation {
            out.append(.backslash)
            columns.append(line.columns[continuation])
        }
        let stripped = LogicalLine(
            bytes: out, columns: columns, fileIndex: line.fileIndex, lineNumber: line.lineNumber,
            unterminatedQuote: inQuote ? openQuote : nil)
        return Result(line: stripped, continues: continuation != nil)
    }
}
