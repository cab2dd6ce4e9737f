import NetworkPrimitives

/// The `vrrp_garp_*` and `vrrp_gna_*` defaults of `global_defs` (Docs/Keepalived.md §3.12).
extension GlobalDefinitionsKeywords {
    static let garp: [GlobalKeyword] =
        GARPKeywords.keywords(
            prefix: "vrrp_", settings: \GlobalDefinitions.vrrp.garp,
            lowerPriorityDelay: \GlobalDefinitions.vrrp.writtenLowerPriorityDelay,
            lowerPriorityRepeat: \GlobalDefinitions.vrrp.writtenLowerPriorityRepeat)
        + [
            GlobalKeyword("vrrp_garp_interval") { globals, node, context in
                // keepalived's range starts at 1 microsecond: 0 is an error and no pacing stays.
                if let interval = context.seconds(node, in: .microseconds(1) ... .seconds(4294)) {
                    globals.vrrp.garpInterval = interval
                }
            },
            GlobalKeyword("vrrp_gna_interval") { globals, node, context in
                if let interval = context.seconds(node, in: .microseconds(1) ... .seconds(4294)) {
                    globals.vrrp.gnaInterval = interval
                }
            },
            GlobalKeyword("vrrp_min_garp") { globals, node, context in
                guard let value = context.flag(node) else { return }
                globals.vrrp.minimalGARP = value
                guard value else { return }
                // Like keepalived, only values still at their defaults are changed.
                let defaults = GratuitousARPSettings.keepalivedDefault
                if globals.vrrp.garp.masterRepeat == defaults.masterRepeat { globals.vrrp.garp.masterRepeat = 1 }
                if globals.vrrp.garp.masterDelay == defaults.masterDelay { globals.vrrp.garp.masterDelay = .zero }
                if globals.vrrp.garp.masterRefreshRepeat == defaults.masterRefreshRepeat {
                    globals.vrrp.garp.masterRefreshRepeat = 0
                }
            },
        ]
}
