/// The top-level keywords of keepalived.conf (Docs/Keepalived.md §2.2).
enum RootKeywords {
    static let table = KeywordTable<ConfigurationDraft>(block: "the top level", supported + unsupported)

    static let staticRules = "installed at start (after the routes), removed at an orderly stop (before them), as "
        + "keepalived 2.2.7 does: " + ruleOptions
    /// What a `virtual_rules` or `static_rules` line may use and still be installed.
    static let ruleOptions = "from, to, not, iif, oif, fwmark, preference and a numeric, main, local or default "
        + "table, goto, blackhole, unreachable or prohibit; a line with other options (or a table named in "
        + "rt_tables) is not installed (vigil check warns); track_group is not followed"
    static let staticAddresses = "installed at start, removed at an orderly stop, as keepalived 2.2.7 does; "
        + "track_group is not followed"
    static let staticRoutes = "installed at start, removed at an orderly stop: unicast routes with via, dev, src, "
        + "metric and a numeric table; a line with other options is not installed (vigil check warns)"

    private static let supported: [Keyword<ConfigurationDraft>] = [
        Keyword("global_defs", block: true) { _, node, context in
            var globals = context.globals
            context.read(node, with: GlobalDefinitionsKeywords.table, into: &globals, label: .plain("global_defs"))
            context.globals = globals
        },
        Keyword("vrrp_script", block: true) { draft, node, context in
            VRRPScriptReader.read(node, into: &draft, context: &context)
        },
        Keyword("track_file", block: true) { draft, node, context in
            TrackFileReader.read(node, into: &draft, context: &context)
        },
        Keyword("vrrp_track_file", block: true) { draft, node, context in
            TrackFileReader.read(node, into: &draft, context: &context)
        },
        Keyword("vrrp_sync_group", block: true) { draft, node, context in
            VRRPSyncGroupReader.read(node, into: &draft, context: &context)
        },
        Keyword("vrrp_instance", block: true) { draft, node, context in
            VRRPInstanceReader.read(node, into: &draft, context: &context)
        },
        Keyword("virtual_server_group", block: true) { draft, node, context in
            VirtualServerGroupReader.read(node, into: &draft, context: &context)
        },
        Keyword("virtual_server", block: true) { draft, node, context in
            VirtualServerReader.read(node, into: &draft, context: &context)
        },
        Keyword("SSL", block: true) { draft, node, context in
            var ssl = draft.configuration.ssl ?? SSLSettings()
            context.read(node, with: SSLKeywords.table, into: &ssl, label: .plain("SSL"))
            draft.configuration.ssl = ssl
        },
        Keyword("vigil_bgp", block: true) { draft, node, context in
            BGPReader.read(node, into: &draft, context: &context)
        },
        Keyword("static_ipaddress", block: true, support: .partial(Self.staticAddresses)) { draft, node, context in
            for line in node.children ?? [] {
                if let address = VirtualIPAddressParser.parse(line, isStatic: true, context: &context) {
                    draft.configuration.staticAddressing.addresses.append(address)
                }
            }
        },
        Keyword("static_routes", block: true, support: .partial(Self.staticRoutes)) { draft, node, context in
            for line in node.children ?? [] {
                if let route = VirtualRouteParser.parse(line, context: &context) {
                    draft.configuration.staticAddressing.routes.append(route)
                }
            }
        },
        Keyword("static_rules", block: true, support: .partial(Self.staticRules)) { draft, node, context in
            for line in node.children ?? [] {
                if let rule = VirtualRuleParser.parse(line, context: &context) {
                    draft.configuration.staticAddressing.rules.append(rule)
                }
            }
        },
    ]

    private static let unsupported: [Keyword<ConfigurationDraft>] =
        Keyword.unsupported(
            ["linkbeat_interfaces"], block: true,
            "vigil follows link state through netlink events only")
        + [Keyword.unsupported("linkbeat_use_polling", "vigil follows link state through netlink events only")]
        + Keyword.unsupported(
            ["interface_up_down_delays", "garp_group", "track_group"], block: true,
            "not implemented yet")
        + Keyword.unsupported(
            ["vrrp_track_process"], block: true,
            "process tracking needs the kernel proc connector; use a vrrp_script instead")
        + Keyword.unsupported(["bfd_instance"], block: true, "vigil does not implement BFD")
        + Keyword.unsupported(
            ["net_namespace", "net_namespace_ipvs", "namespace_with_ipsets"],
            "run vigil inside the namespace instead (ip netns exec)")
        + Keyword.unsupported(["instance", "use_pid_dir"], "pid file layout is chosen on vigil's command line")
        + Keyword.unsupported(["child_wait_time"], "vigil runs as one process")
}
