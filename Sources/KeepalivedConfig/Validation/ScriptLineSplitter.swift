/// keepalived's two-step reading of script keywords (Docs/Keepalived.md §2.1, "Script strings"): the raw
/// line is split into words where `'` and `"` group and backslashes stay as written; then the command
/// word is split again shell-like, with backslash escapes decoded.
public enum ScriptLineSplitter {
    /// Why a line cannot be split.
    public enum Failure: Error, Equatable {
        case unterminatedQuote(Character)
        case danglingBackslash
    }

    /// The words of a raw line, quotes removed, backslash pairs kept verbatim.
    static func words(ofRawLine line: String) throws(Failure) -> [String] {
        try split(line, decodingEscapes: false)
    }

    /// The arguments of a command string, with escapes such as `\n`, `\x41`, `\101`, `\cC` decoded.
    public static func arguments(ofCommand command: String) throws(Failure) -> [String] {
        try split(command, decodingEscapes: true)
    }

    private static func split(_ text: String, decodingEscapes: Bool) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var iterator = Array(text).makeIterator()
        while let character = iterator.next() {
            if character == "\\" {
                guard let escaped = iterator.next() else { throw .danglingBackslash }
                if decodingEscapes {
                    current.unicodeScalars.append(contentsOf: decodeEscape(escaped, rest: &iterator))
                } else {
                    current.append(character)
                    current.append(escaped)
                }
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let open = quote { throw .unterminatedQuote(open) }
        if inWord { words.append(current) }
        return words
    }

    private static func decodeEscape(
        _ character: Character, rest: inout IndexingIterator<[Character]>
    ) -> [Unicode.Scalar] {
        switch character {
        case "a": return ["\u{07}"]
        case "b": return ["\u{08}"]
        case "E": return ["\u{1B}"]
        case "f": return ["\u{0C}"]
        case "n": return ["\n"]
        case "r": return ["\r"]
        case "t": return ["\t"]
        case "v": return ["\u{0B}"]
        case "x", "c", "0"..."7": return decodeNumericEscape(character, rest: &rest)
        default: return Array(character.unicodeScalars)
        }
    }

    private static func decodeNumericEscape(
        _ character: Character, rest: inout IndexingIterator<[Character]>
    ) -> [Unicode.Scalar] {
        var lookahead = rest
        switch character {
        case "x":
            var value: UInt32 = 0
            var count = 0
            while count < 2, let next = lookahead.next(), let digit = next.hexDigitValue {
                value = value << 4 | UInt32(digit)
                count += 1
                rest = lookahead
            }
            return count == 0 ? ["x"] : [Unicode.Scalar(UInt8(value))]
        case "c":
            guard let next = lookahead.next(), let ascii = next.asciiValue else { return ["c"] }
            rest = lookahead
            return [Unicode.Scalar(ascii & 0x1f)]
        default:
            var value = UInt32(character.wholeNumberValue ?? 0)
            for _ in 0..<2 {
                guard let next = lookahead.next(), let digit = next.wholeNumberValue, digit < 8 else { break }
                value = value << 3 + UInt32(digit)
                rest = lookahead
            }
            return [Unicode.Scalar(UInt8(truncatingIfNeeded: value))]
        }
    }
}
