/// One path component of a glob pattern: `*`, `?`, `[...]` (with `!`/`^` negation and ranges) and `\`
/// escapes, matched byte by byte like `fnmatch(3)` without flags, except that a leading `.` is only matched
/// by a literal `.` (as `glob(3)` does).
struct GlobPattern: Sendable {
    let bytes: [UInt8]

    init(_ component: String) { bytes = Array(component.utf8) }

    /// True when the component has an unescaped `*`, `?` or `[`.
    var hasWildcards: Bool { Self.hasWildcards(bytes) }

    static func hasWildcards(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case .backslash: i += 2
            case UInt8(ascii: "*"), UInt8(ascii: "?"), UInt8(ascii: "["): return true
            default: i += 1
            }
        }
        return false
    }

    /// The component with `\` escapes removed, for literal components.
    var literal: String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == .backslash && i + 1 < bytes.count { i += 1 }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    func matches(_ name: String) -> Bool {
        let s = Array(name.utf8)
        if s.first == UInt8(ascii: ".") && bytes.first != UInt8(ascii: ".") { return false }
        return Self.match(bytes, s)
    }

    // Iterative matching with one backtrack point for the last `*`: O(pattern x name), no recursion.
    private static func match(_ p: [UInt8], _ s: [UInt8]) -> Bool {
        var pi = 0
        var si = 0
        var star: (p: Int, s: Int)?
        while si < s.count {
            if pi < p.count, let next = step(p, pi, s[si]) {
                if next == -1 {
                    star = (pi, si)
                    pi += 1
                    continue
                }
                pi = next
                si += 1
                continue
            }
            guard let last = star else { return false }
            pi = last.p + 1
            si = last.s + 1
            star = (last.p, last.s + 1)
        }
        while pi < p.count && p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }

    /// Matches one byte against the pattern element at `pi`: the index after the element, -1 for `*`,
    /// nil for no match.
    private static func step(_ p: [UInt8], _ pi: Int, _ c: UInt8) -> Int? {
        switch p[pi] {
        case UInt8(ascii: "*"):
            return -1
        case UInt8(ascii: "?"):
            return pi + 1
        case UInt8(ascii: "["):
            if let (matched, next) = bracket(p, pi, c) { return matched ? next : nil }
            return c == p[pi] ? pi + 1 : nil
        case .backslash where pi + 1 < p.count:
            return c == p[pi + 1] ? pi + 2 : nil
        default:
            return c == p[pi] ? pi + 1 : nil
        }
    }

    /// Evaluates the bracket expression at `open`; nil when it has no closing `]` (then `[` is literal).
    private static func bracket(_ p: [UInt8], _ open: Int, _ c: UInt8) -> (Bool, Int)? {
        var i = open + 1
        var negate = false
        if i < p.count && (p[i] == .bang || p[i] == .caret) {
            negate = true
            i += 1
        }
        var matched = false
        var first = true
        while i < p.count {
            if p[i] == UInt8(ascii: "]") && !first { return (matched != negate, i + 1) }
            first = false
            var low = p[i]
            if low == .backslash && i + 1 < p.count {
                i += 1
                low = p[i]
            }
            var high = low
            if i + 2 < p.count && p[i + 1] == UInt8(ascii: "-") && p[i + 2] != UInt8(ascii: "]") {
                high = p[i + 2]
                i += 2
            }
            if c >= low && c <= high { matched = true }
            i += 1
        }
        return nil
    }
}
