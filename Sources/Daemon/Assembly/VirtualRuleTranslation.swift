import Engine
import KeepalivedConfig

/// How a `virtual_rules` or `static_rules` line becomes the rule the daemon installs: `from`, `to`,
/// `not`, `iif`/`dev`, `oif`, `fwmark N[/MASK]`, `preference`, and a numeric (or `main`, `local`,
/// `default`) table, `goto N`, `blackhole`, `unreachable` or `prohibit`. A line that needs more is
/// not installed: `vigil check` warns and the assembly logs it.
enum VirtualRuleTranslation {
    enum Outcome: Equatable {
        case entry(VirtualRuleEntry)
        /// The first part of the line the daemon cannot install, as a warning names it.
        case unsupported(String)
    }

    static func translate(_ rule: VirtualRule) -> Outcome {
        if let option = rule.otherOptions.first(where: { $0 != ["not"] })?.first { return .unsupported("'\(option)'") }
        var entry: VirtualRuleEntry
        switch (rule.table, rule.action) {
        case (let table?, nil):
            guard let id = tableID(table) else { return .unsupported("table '\(table)'") }
            entry = VirtualRuleEntry(family: rule.family, action: .table(id))
        case (nil, let action?):
            guard let translated = Self.action(action) else { return .unsupported("'\(action)'") }
            entry = VirtualRuleEntry(family: rule.family, action: translated)
        case (nil, nil): return .unsupported("a rule with neither table nor action")
        case (_?, let action?): return .unsupported("'\(action)' with a table")
        }
        entry.from = rule.from
        entry.to = rule.to
        entry.preference = rule.preference
        entry.inputInterface = rule.inputInterface
        entry.outputInterface = rule.outputInterface
        entry.inverted = rule.otherOptions.contains(["not"])
        if let mark = rule.firewallMark {
            let parts = mark.split(separator: "/", maxSplits: 1).map(String.init)
            guard let value = number(parts[0]) else { return .unsupported("fwmark '\(mark)'") }
            entry.firewallMark = value
            if parts.count == 2 {
                guard let mask = number(parts[1]) else { return .unsupported("fwmark '\(mark)'") }
                entry.firewallMask = mask
            }
        }
        return .entry(entry)
    }

    /// The table ids `ip rule` knows without reading rt_tables.
    static func tableID(_ table: String) -> UInt32? {
        switch table {
        case "main": 254
        case "local": 255
        case "default": 253
        default: number(table)
        }
    }

    private static func action(_ action: String) -> VirtualRuleEntry.Action? {
        switch action {
        case "blackhole": return .blackhole
        case "unreachable": return .unreachable
        case "prohibit": return .prohibit
        default:
            guard action.hasPrefix("goto "), let target = number(String(action.dropFirst(5))) else { return nil }
            return .goto(target)
        }
    }

    /// Decimal or `0x` hexadecimal, as `ip rule` reads a number.
    private static func number(_ text: String) -> UInt32? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return UInt32(lower.dropFirst(2), radix: 16) }
        return UInt32(text)
    }
}
