import NetworkPrimitives

/// The gratuitous-ARP keywords, shared by `global_defs` (`vrrp_garp_*`) and `vrrp_instance` (`garp_*`)
/// (Docs/Keepalived.md §3.12). Delays are whole seconds; a repeat count of 0 becomes 1 with an error.
enum GARPKeywords {
    typealias SettingsPath<Target> = WritableKeyPath<Target, GratuitousARPSettings> & Sendable
    typealias OptionalDelayPath<Target> = WritableKeyPath<Target, Duration?> & Sendable
    typealias OptionalCountPath<Target> = WritableKeyPath<Target, Int?> & Sendable

    static func keywords<Target>(
        prefix: String, settings: SettingsPath<Target>, lowerPriorityDelay: OptionalDelayPath<Target>,
        lowerPriorityRepeat: OptionalCountPath<Target>
    ) -> [Keyword<Target>] {
        [
            Keyword(prefix + "garp_master_delay") { target, node, context in
                if let delay = wholeSeconds(node, context: &context) { target[keyPath: settings].masterDelay = delay }
            },
            Keyword(prefix + "garp_master_repeat") { target, node, context in
                if let count = repeatCount(node, context: &context) { target[keyPath: settings].masterRepeat = count }
            },
            Keyword(prefix + "garp_master_refresh") { target, node, context in
                if let period = wholeSeconds(node, context: &context) {
                    target[keyPath: settings].masterRefresh = period
                }
            },
            Keyword(prefix + "garp_master_refresh_repeat") { target, node, context in
                if let count = repeatCount(node, context: &context) {
                    target[keyPath: settings].masterRefreshRepeat = count
                }
            },
            Keyword(prefix + "garp_lower_prio_delay") { target, node, context in
                if let delay = wholeSeconds(node, context: &context) { target[keyPath: lowerPriorityDelay] = delay }
            },
            Keyword(prefix + "garp_lower_prio_repeat") { target, node, context in
                if let count = context.integer(node, in: 0...Int(Int32.max)) {
                    target[keyPath: lowerPriorityRepeat] = count
                }
            },
        ]
    }

    private static func wholeSeconds(_ node: ConfigNode, context: inout ReadContext) -> Duration? {
        context.integer(node, in: 0...4294).map { Duration.seconds($0) }
    }

    private static func repeatCount(_ node: ConfigNode, context: inout ReadContext) -> Int? {
        guard let count = context.integer(node, in: 0...Int(UInt32.max)) else { return nil }
        if count == 0, let token = node.arguments.first {
            context.warning("'\(node.keyword.text)' must be at least 1; using 1", at: token, keepalivedReports: true)
            return 1
        }
        return count
    }
}
