/// keepalived's include checks (Docs/Keepalived.md §2.1, "include"): which include problems are errors.
/// `include` has none, `includer` read, `includem` read+match, `includew` read+match+wildcard,
/// `includeb` read+brace, `includea` all; `include_check` in `global_defs` sets them for later includes.
struct IncludeChecks: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// A matched file cannot be read or is a directory.
    static let read = IncludeChecks(rawValue: 1)
    /// A pattern without wildcards names no file, or a directory in the pattern is missing.
    static let match = IncludeChecks(rawValue: 2)
    /// A pattern with wildcards matches nothing.
    static let wildcardMatch = IncludeChecks(rawValue: 4)
    /// Some `{a,b}` alternatives name no file.
    static let braceMatch = IncludeChecks(rawValue: 8)

    static let all: IncludeChecks = [.read, .match, .wildcardMatch, .braceMatch]

    /// The checks an include variant's letter adds (`includer` -> "r" ...), nil for an unknown letter.
    static func forVariant(_ letter: UInt8) -> IncludeChecks? {
        switch letter {
        case UInt8(ascii: "r"): return [.read]
        case UInt8(ascii: "m"): return [.read, .match]
        case UInt8(ascii: "w"): return [.read, .match, .wildcardMatch]
        case UInt8(ascii: "b"): return [.read, .braceMatch]
        case UInt8(ascii: "a"): return .all
        default: return nil
        }
    }

    /// The check named by an `include_check` argument word.
    static func named(_ word: String) -> IncludeChecks? {
        switch word {
        case "read": return .read
        case "match": return .match
        case "wildcard_match": return .wildcardMatch
        case "brace_match": return .braceMatch
        default: return nil
        }
    }
}
