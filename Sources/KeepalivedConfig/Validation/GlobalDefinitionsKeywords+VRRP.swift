import NetworkPrimitives

/// The `vrrp_*` defaults of `global_defs`.
extension GlobalDefinitionsKeywords {
    static let vrrp: [GlobalKeyword] = [
        GlobalKeyword("vrrp_mcast_group4") { globals, node, context in
            guard let token = context.argument(node) else { return }
            if let group = IPv4Address(token.text), group.isMulticast {
                globals.vrrp.multicastGroup4 = group
            } else {
                context.error("'vrrp_mcast_group4' needs an IPv4 multicast address, found '\(token.text)'", at: token)
            }
        },
        GlobalKeyword("vrrp_mcast_group6") { globals, node, context in
            guard let token = context.argument(node) else { return }
            if let group = IPv6Address(token.text), group.isMulticast {
                globals.vrrp.multicastGroup6 = group
            } else {
                context.error("'vrrp_mcast_group6' needs an IPv6 multicast address, found '\(token.text)'", at: token)
            }
        },
        GlobalKeyword("default_interface") { globals, node, context in
            if let name = context.interface(node) { globals.vrrp.defaultInterface = name }
        },
        GlobalKeyword("vrrp_down_timer_adverts") { globals, node, context in
            if let count = context.integer(node, in: 1...100) { globals.vrrp.downTimerAdverts = count }
        },
        flag("vrrp_lower_prio_no_advert", \.lowerPriorityNoAdvert),
        flag("vrrp_higher_prio_send_advert", \.higherPrioritySendAdvert),
        flag("vrrp_owner_ignore_adverts", \.ownerIgnoresAdverts),
        GlobalKeyword("vrrp_version") { globals, node, context in
            if let version = context.integer(node, in: 2...3) { globals.vrrp.version = version == 3 ? .v3 : .v2 }
        },
        flag("v3_checksum_as_v2", \.v3ChecksumAsV2),
        bare("vrrp_check_unicast_src", \.checkUnicastSource),
        flag("vrrp_skip_check_adv_addr", \.skipCheckAdvertAddresses),
        bare("vrrp_strict", \.strict),
        GlobalKeyword("vrrp_notify_priority_changes") { globals, node, context in
            if let value = context.flag(node) { globals.vrrp.notifyPriorityChanges = value }
        },
        GlobalKeyword("vrrp_startup_delay") { globals, node, context in
            if let delay = context.seconds(node, in: .zero ... .seconds(3600)) { globals.vrrp.startupDelay = delay }
        },
        GlobalKeyword("vrrp_delay_after_boot") { globals, node, context in
            if let delay = context.seconds(node, in: .zero ... .seconds(3600)) { globals.vrrp.delayAfterBoot = delay }
        },
        bare("log_unknown_vrids", \.logUnknownVRIDs)
            .notSupported(
                "adverts for a VRID no instance uses are logged only as detail lines (vigil -D / --log-detail), "
                    + "whether or not it is set"),
        GlobalKeyword("dynamic_interfaces") { globals, node, context in
            globals.vrrp.dynamicInterfaces = true
            if let option = node.arguments.first {
                if option.text == "allow_if_changes" {
                    globals.vrrp.allowInterfaceChanges = true
                } else {
                    context.error(
                        "'dynamic_interfaces' takes nothing or 'allow_if_changes', found '\(option.text)'",
                        at: option)
                }
            }
        },
    ]

    /// A `keyword [BOOL]` switch of the global VRRP settings.
    private static func flag(_ name: String, _ field: WritableKeyPath<GlobalVRRPSettings, Bool> & Sendable)
        -> GlobalKeyword
    {
        GlobalKeyword(name) { globals, node, context in
            if let value = context.flag(node) { globals.vrrp[keyPath: field] = value }
        }
    }

    /// A bare switch that takes no value.
    private static func bare(_ name: String, _ field: WritableKeyPath<GlobalVRRPSettings, Bool> & Sendable)
        -> GlobalKeyword
    {
        GlobalKeyword(name) { globals, node, context in
            context.ignoreExtraArguments(node, after: 0)
            globals.vrrp[keyPath: field] = true
        }
    }
}
