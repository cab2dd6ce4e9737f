/// A `$NAME` or `${NAME params}` reference found in a line.
struct DefinitionReference: Sendable {
    /// Bytes of the reference, from `$` to the end of the name or the closing `}`.
    var range: Range<Int>
    var name: String
    /// The words between the name and `}` (for `${_RANDOM 1 6}`, `${_ENV HOME}`).
    var parameters: [String]
    var parametersAreNumeric: Bool

    /// Parses a reference whose `$` is at `dollar`, following keepalived's rules: a plain `$NAME` must be
    /// followed by a blank, `,`, `)` or the end of the line; `${NAME words}` must close right after a word.
    static func parse(_ bytes: [UInt8], dollar: Int) -> DefinitionReference? {
        var p = dollar + 1
        let braced = p < bytes.count && bytes[p] == .openBrace
        if braced { p += 1 }
        guard p < bytes.count, bytes[p].isNameStart else { return nil }
        let nameStart = p
        while p < bytes.count && bytes[p].isNameCharacter { p += 1 }
        let name = String(decoding: bytes[nameStart..<p], as: UTF8.self)
        guard braced else {
            guard p == bytes.count || [.space, .tab, .comma, .closeParen].contains(bytes[p]) else { return nil }
            return DefinitionReference(range: dollar..<p, name: name, parameters: [], parametersAreNumeric: true)
        }
        var parameters: [String] = []
        var numeric = true
        var wordStart: Int?
        while p < bytes.count && (bytes[p].isBlank || bytes[p].isNameCharacter) {
            if bytes[p].isBlank {
                if let start = wordStart { parameters.append(String(decoding: bytes[start..<p], as: UTF8.self)) }
                wordStart = nil
            } else {
                if wordStart == nil { wordStart = p }
                if !bytes[p].isASCIIDigit { numeric = false }
            }
            p += 1
        }
        // A blank right before `}` after a parameter makes it no reference at all.
        guard p < bytes.count, bytes[p] == .closeBrace else { return nil }
        if let start = wordStart {
            parameters.append(String(decoding: bytes[start..<p], as: UTF8.self))
        } else if !parameters.isEmpty {
            return nil
        }
        return DefinitionReference(
            range: dollar..<(p + 1), name: name, parameters: parameters, parametersAreNumeric: numeric)
    }
}
