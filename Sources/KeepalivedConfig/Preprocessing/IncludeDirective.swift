/// An `include`, `includer`, `includem`, `includew`, `includeb` or `includea` line.
struct IncludeDirective: Sendable {
    var checks: IncludeChecks
    var pattern: String
    /// Index in the line of the pattern's first byte.
    var patternStart: Int

    /// Recognises an include line as keepalived does: `include` then whitespace, or `include` plus one
    /// variant letter then whitespace; the rest of the line (after blanks) is the pattern.
    static func parse(_ bytes: [UInt8]) -> IncludeDirective? {
        guard bytes.count > 8, bytes.hasASCIIPrefix("include") else { return nil }
        var checks: IncludeChecks = []
        var p = 8
        if !bytes[7].isWhitespace {
            guard let variant = IncludeChecks.forVariant(bytes[7]), bytes[8].isWhitespace else { return nil }
            checks = variant
            p = 9
        }
        while p < bytes.count && bytes[p].isBlank { p += 1 }
        return IncludeDirective(
            checks: checks, pattern: String(decoding: bytes[p...], as: UTF8.self), patternStart: min(p, bytes.count))
    }
}
