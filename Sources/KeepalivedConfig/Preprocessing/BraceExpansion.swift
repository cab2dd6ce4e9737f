/// `{a,b}` alternatives in an include pattern, expanded like `glob(3)` with `GLOB_BRACE`: nested groups,
/// `\` escapes, alternatives in written order. Iterative, and stops at a limit on the number of results.
enum BraceExpansion {
    /// The patterns `pattern` stands for, or nil when there would be more than `limit`.
    static func expand(_ pattern: [UInt8], limit: Int) -> [[UInt8]]? {
        var results: [[UInt8]] = []
        var pending: [[UInt8]] = [pattern]
        while let current = pending.popLast() {
            guard let group = firstGroup(in: current) else {
                results.append(current)
                guard results.count <= limit else { return nil }
                continue
            }
            let prefix = current[..<group.open]
            let suffix = current[(group.close + 1)...]
            // Pushed in reverse so the first alternative is expanded first.
            for alternative in group.alternatives.reversed() {
                pending.append(Array(prefix) + alternative + Array(suffix))
            }
            guard pending.count + results.count <= limit * 4 else { return nil }
        }
        return results
    }

    /// True when the pattern has an unescaped `{`.
    static func hasBrace(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            if bytes[i] == .backslash {
                i += 2
                continue
            }
            if bytes[i] == .openBrace { return true }
            i += 1
        }
        return false
    }

    private struct Group {
        var open: Int
        var close: Int
        var alternatives: [[UInt8]]
    }

    /// The first `{...}` with a matching `}`, split at its top-level commas.
    private static func firstGroup(in bytes: [UInt8]) -> Group? {
        var i = 0
        while i < bytes.count {
            if bytes[i] == .backslash {
                i += 2
                continue
            }
            if bytes[i] == .openBrace, let group = group(in: bytes, openingAt: i) { return group }
            i += 1
        }
        return nil
    }

    private static func group(in bytes: [UInt8], openingAt open: Int) -> Group? {
        var depth = 0
        var alternatives: [[UInt8]] = []
        var start = open + 1
        var i = open + 1
        while i < bytes.count {
            switch bytes[i] {
            case .backslash:
                i += 1
            case .openBrace:
                depth += 1
            case .closeBrace where depth > 0:
                depth -= 1
            case .closeBrace:
                alternatives.append(Array(bytes[start..<i]))
                return Group(open: open, close: i, alternatives: alternatives)
            case .comma where depth == 0:
                alternatives.append(Array(bytes[start..<i]))
                start = i + 1
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
