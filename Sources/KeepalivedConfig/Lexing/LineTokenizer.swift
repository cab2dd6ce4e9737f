/// Splits a line into words the way keepalived does (Docs/Keepalived.md §2.1): words are separated by
/// whitespace; a word starting with `"` runs to the next `"` (quotes removed, blanks kept); a `"` inside an
/// unquoted word ends that word.
enum LineTokenizer {
    struct Word: Equatable {
        /// Byte range of the word's text in the line, without quotes.
        var range: Range<Int>
        /// Index of the word's first byte in the line (its opening quote when quoted).
        var start: Int
        var wasQuoted: Bool
    }

    struct Result {
        var words: [Word]
        /// Index of an opening quote with no closing quote; the rest of the line after it is dropped.
        var unterminatedQuote: Int?
    }

    static func split(_ bytes: [UInt8]) -> Result {
        var words: [Word] = []
        var i = 0
        while true {
            while i < bytes.count && bytes[i].isWhitespace { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            if bytes[i] == .quote {
                guard let close = bytes[(i + 1)...].firstIndex(of: .quote) else {
                    return Result(words: words, unterminatedQuote: start)
                }
                words.append(Word(range: (i + 1)..<close, start: start, wasQuoted: true))
                i = close + 1
            } else {
                while i < bytes.count && !bytes[i].isWhitespace && bytes[i] != .quote { i += 1 }
                words.append(Word(range: start..<i, start: start, wasQuoted: false))
            }
        }
        return Result(words: words, unterminatedQuote: nil)
    }
}
