import NetworkPrimitives

/// Parses one `virtual_rules` / `static_rules` line in `ip rule` syntax (Docs/Keepalived.md §2.3).
enum VirtualRuleParser {
    static let actions: Set<String> = ["blackhole", "unreachable", "prohibit", "nat"]
    static let valuedOptions: Set<String> = [
        "tos", "dsfield", "realms", "suppress_prefixlength", "suppress_ifgroup", "ipproto", "sport", "dport",
        "uidrange", "protocol", "tun_id", "l3mdev",
    ]

    struct State {
        var rule: VirtualRule
        var family: AddressFamily?
    }

    static func parse(_ line: ConfigNode, context: inout ReadContext) -> VirtualRule? {
        var state = State(rule: VirtualRule(family: .inet, location: line.location))
        var words = line.words[...]
        while let word = words.popFirst() {
            guard apply(word, rest: &words, state: &state, context: &context) else { return nil }
        }
        state.rule.family = state.family ?? .inet
        if state.rule.preference == nil {
            let preference = context.nextRulePreference(for: state.rule.family)
            context.warning(
                "the rule has no 'preference'; keepalived gives it \(preference), which is probably "
                    + "not what you want", at: line.keyword, keepalivedReports: true)
            state.rule.preference = preference
        }
        return state.rule
    }

    private static func apply(
        _ word: Token, rest: inout ArraySlice<Token>, state: inout State, context: inout ReadContext
    ) -> Bool {
        switch word.text {
        case "no_track": state.rule.tracked = false
        case "not": state.rule.otherOptions.append(["not"])
        case "inet": return adopt(.inet, word, &state, &context)
        case "inet6": return adopt(.inet6, word, &state, &context)
        case _ where actions.contains(word.text): state.rule.action = word.text
        default:
            guard let value = rest.popFirst() else {
                context.error("'\(word.text)' needs a value; the rule is ignored", at: word)
                return false
            }
            return applyValued(word, value, state: &state, context: &context)
        }
        return true
    }

    private static func applyValued(
        _ option: Token, _ value: Token, state: inout State, context: inout ReadContext
    ) -> Bool {
        switch option.text {
        case "from", "to":
            guard value.text != "all" else { return true }
            guard let prefix = IPPrefix(value.text), adopt(prefix.family, value, &state, &context) else {
                context.error("'\(value.text)' is not a valid '\(option.text)' address; the rule is ignored", at: value)
                return false
            }
            if option.text == "from" { state.rule.from = prefix } else { state.rule.to = prefix }
        case "table", "lookup": state.rule.table = value.text
        case "preference", "priority", "order", "pref", "prio":
            guard let preference = context.integer(value, in: 0...Int(UInt32.max), name: option.text) else {
                return false
            }
            state.rule.preference = UInt32(preference)
        case "iif", "dev":
            guard let name = context.interface(value, name: option.text) else { return false }
            state.rule.inputInterface = name
        case "oif":
            guard let name = context.interface(value, name: option.text) else { return false }
            state.rule.outputInterface = name
        case "fwmark": state.rule.firewallMark = value.text
        case "goto": state.rule.action = "goto \(value.text)"
        case "track_group": state.rule.trackGroup = value.text
        case _ where valuedOptions.contains(option.text): state.rule.otherOptions.append([option.text, value.text])
        default:
            context.error("unknown rule option '\(option.text)'; the rule is ignored", at: option)
            return false
        }
        return true
    }

    private static func adopt(
        _ family: AddressFamily, _ word: Token, _ state: inout State, _ context: inout ReadContext
    ) -> Bool {
        if let existing = state.family, existing != family {
            context.error("a rule cannot mix IPv4 and IPv6 ('\(word.text)'); the rule is ignored", at: word)
            return false
        }
        state.family = family
        return true
    }
}
