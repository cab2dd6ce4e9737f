/// A `misc_path` command line split into words the way keepalived reads quoted script lines:
/// blanks separate words, `'…'` is literal, `"…"` allows `\"` and `\\`, and `\` escapes one
/// character outside quotes.
struct ScriptCommand: Hashable, Sendable {
    enum ParseError: Error, Hashable {
        case empty
        case unterminatedQuote
    }

    var words: [String]
    /// The command line as written, for `sh -c` when the program is not directly executable.
    var text: String

    init(parsing text: String) throws(ParseError) {
        self.text = text
        words = try Self.split(text)
        guard !words.isEmpty else { throw .empty }
    }

    private static func split(_ text: String) throws(ParseError) -> [String] {
        var words: [String] = []
        var current: String?
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current = (current ?? "") + String(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    current = (current ?? "") + String(character)
                }
            } else if character == " " || character == "\t" {
                if let word = current { words.append(word) }
                current = nil
            } else if character == "'" || character == "\"" {
                quote = character
                current = current ?? ""
            } else if character == "\\" {
                escaped = true
            } else {
                current = (current ?? "") + String(character)
            }
        }
        guard quote == nil, !escaped else { throw .unterminatedQuote }
        if let word = current { words.append(word) }
        return words
    }
}
