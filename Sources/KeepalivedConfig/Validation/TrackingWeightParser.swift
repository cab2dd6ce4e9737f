/// Reads `weight N [reverse|noreverse]`, with keepalived's limits: ±253 for scripts and interfaces
/// (±254 is clamped with an error), ±254 for files (Docs/Keepalived.md §3.14).
enum TrackingWeightParser {
    /// Reads the words of `node` from `startingAt`: the weight value, then an optional `reverse`.
    static func weight(
        _ node: ConfigNode, startingAt index: Int, limit: Int, allowsNoReverse: Bool = false,
        context: inout ReadContext
    ) -> TrackingWeight? {
        let words = node.words
        guard index < words.count else { return nil }
        guard let value = value(words[index], limit: limit, context: &context) else { return nil }
        var weight = TrackingWeight(value)
        if index + 1 < words.count {
            let option = words[index + 1]
            switch option.text {
            case "reverse": weight.reverse = true
            case "noreverse" where allowsNoReverse: weight.reverse = false
            default:
                context.error("unknown weight option '\(option.text)'; expected 'reverse'", at: option)
            }
            if index + 2 < words.count {
                context.warning("'\(words[index + 2].text)' and what follows is ignored", at: words[index + 2])
            }
        }
        return weight
    }

    private static func value(_ token: Token, limit: Int, context: inout ReadContext) -> Int? {
        // keepalived accepts ±254 for scripts and interfaces only to clamp it to ±253.
        let accepted = limit == 253 ? 254 : limit
        guard let value = context.integer(token, in: -accepted...accepted, name: "weight") else { return nil }
        if abs(value) == 254, limit == 253 {
            context.warning(
                "weight cannot be ±254; using \(value > 0 ? 253 : -253)", at: token,
                keepalivedReports: true)
            return value > 0 ? 253 : -253
        }
        return value
    }
}
