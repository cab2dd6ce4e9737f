/// The keywords of `global_defs` (Docs/Keepalived.md §2.3, global_defs table).
enum GlobalDefinitionsKeywords {
    typealias GlobalKeyword = Keyword<GlobalDefinitions>

    static let table = KeywordTable<GlobalDefinitions>(
        block: "global_defs",
        identity + email + vrrp + garp + scripts + fifos + lvs + syncDaemon + scheduling + unsupported)

    private static let identity: [GlobalKeyword] = [
        GlobalKeyword("router_id") { globals, node, context in
            if let name = context.argument(node) { globals.routerID = name.text }
        },
        GlobalKeyword("lvs_id", support: .partial("legacy: read as router_id with a warning")) {
            globals, node, context in
            context.warning(
                "'lvs_id' was removed from keepalived in 1.1.8; vigil reads it as 'router_id'",
                at: node.keyword,
                notes: [
                    Diagnostic.Note(
                        message: "keepalived reports 'lvs_id' as an unknown keyword "
                            + "and ignores it; write 'router_id' instead")
                ],
                keepalivedReports: true)
            if let name = context.argument(node) { globals.routerID = name.text }
        },
        GlobalKeyword("checker_log_all_failures") { globals, node, context in
            if let value = context.flag(node) { globals.checkerLogAllFailures = value }
        },
    ]

    private static let email: [GlobalKeyword] = [
        GlobalKeyword("notification_email", block: true) { globals, node, _ in
            globals.email.recipients += (node.children ?? []).map(\.keyword.text)
        },
        GlobalKeyword("notification_email_from") { globals, node, context in
            if let sender = context.argument(node) { globals.email.sender = sender.text }
        },
        GlobalKeyword("smtp_server") { globals, node, context in
            guard let host = context.argument(node) else { return }
            var port: UInt16 = 25
            if node.arguments.count > 1, let value = context.port(node.arguments[1], name: "smtp_server") {
                port = value
            }
            globals.email.server = SMTPServer(host: host.text, port: port)
        },
        GlobalKeyword("smtp_helo_name") { globals, node, context in
            if let name = context.argument(node) { globals.email.heloName = name.text }
        },
        GlobalKeyword("smtp_connect_timeout") { globals, node, context in
            // keepalived turns 0 into 1 second.
            guard let seconds = context.integer(node, in: 0...Int(Int32.max)) else { return }
            globals.email.connectTimeout = .seconds(max(seconds, 1))
        },
        GlobalKeyword("smtp_alert") { globals, node, context in
            if let value = context.flag(node) { globals.email.alert = value }
        },
        GlobalKeyword("smtp_alert_vrrp") { globals, node, context in
            if let value = context.flag(node) { globals.email.alertVRRP = value }
        },
        GlobalKeyword("smtp_alert_checker") { globals, node, context in
            if let value = context.flag(node) { globals.email.alertChecker = value }
        },
        GlobalKeyword("no_email_faults") { globals, _, _ in globals.email.noEmailFaults = true },
        GlobalKeyword("no_checker_emails") { globals, _, _ in globals.email.noCheckerEmails = true },
    ]

    private static let lvs: [GlobalKeyword] = [
        GlobalKeyword(
            "lvs_timeouts",
            support: .partial(
                "set on IPVS; not supported on nftables, where connections keep the kernel's conntrack timeouts "
                    + "(vigil check and the daemon say so)")
        ) { globals, node, context in
            readLVSTimeouts(node, into: &globals.lvs, context: &context)
        },
        GlobalKeyword("lvs_flush") { globals, _, _ in globals.lvs.flushAtStart = true },
        GlobalKeyword("lvs_flush_on_stop") { globals, node, context in
            readFlushOnStop(node, into: &globals.lvs, context: &context)
        },
        GlobalKeyword("lvs_flush_onstop", support: .partial("deprecated alias of lvs_flush_on_stop")) {
            globals, node, context in
            context.warning("'lvs_flush_onstop' is deprecated; use 'lvs_flush_on_stop'", at: node.keyword)
            readFlushOnStop(node, into: &globals.lvs, context: &context)
        },
        GlobalKeyword("rs_init_notifies") { globals, _, _ in globals.lvs.realServerInitialNotifies = true },
    ]

    private static func readFlushOnStop(
        _ node: ConfigNode, into lvs: inout GlobalLVSSettings, context: inout ReadContext
    ) {
        guard let mode = node.arguments.first else {
            lvs.flushOnStop = .all
            return
        }
        if mode.text == "VS" {
            lvs.flushOnStop = .virtualServers
        } else {
            context.error("'lvs_flush_on_stop' takes nothing or 'VS', found '\(mode.text)'", at: mode)
        }
    }

    private static func readLVSTimeouts(
        _ node: ConfigNode, into lvs: inout GlobalLVSSettings, context: inout ReadContext
    ) {
        var index = 0
        let arguments = node.arguments
        while index < arguments.count {
            let name = arguments[index]
            guard index + 1 < arguments.count else {
                context.error("'lvs_timeouts \(name.text)' needs a number of seconds", at: name)
                return
            }
            let value = context.integer(arguments[index + 1], in: 1...86400 * 31, name: "lvs_timeouts \(name.text)")
                .map { Duration.seconds($0) }
            switch name.text {
            case "tcp": lvs.tcpTimeout = value ?? lvs.tcpTimeout
            case "tcpfin": lvs.tcpFinTimeout = value ?? lvs.tcpFinTimeout
            case "udp": lvs.udpTimeout = value ?? lvs.udpTimeout
            default: context.error("unknown 'lvs_timeouts' kind '\(name.text)'; expected tcp, tcpfin or udp", at: name)
            }
            index += 2
        }
    }
}
