import NetworkPrimitives

/// Scheduling, service and quorum keywords of `virtual_server` (Docs/Keepalived.md §2.3).
extension VirtualServerReader {
    static let schedulingKeywords: [ServerKeyword] =
        [
            ServerKeyword("lb_algo") { draft, node, context in readScheduler(node, into: &draft, context: &context) },
            ServerKeyword("lvs_sched") { draft, node, context in readScheduler(node, into: &draft, context: &context) },
            ServerKeyword("lb_kind") { draft, node, context in
                if let method = ForwardingMethodParser.parse(node, context: &context) {
                    draft.forwardingMethod = method
                }
            },
            ServerKeyword("lvs_method") { draft, node, context in
                if let method = ForwardingMethodParser.parse(node, context: &context) {
                    draft.forwardingMethod = method
                }
            },
        ]
        + LVSServiceFlag.allCases.map { flag in
            ServerKeyword(flag.rawValue) { draft, node, context in
                context.ignoreExtraArguments(node, after: 0)
                if !draft.server.flags.contains(flag) { draft.server.flags.append(flag) }
            }
        }

    private static func readScheduler(
        _ node: ConfigNode, into draft: inout VirtualServerDraft, context: inout ReadContext
    ) {
        guard let token = context.argument(node) else { return }
        guard let scheduler = LVSScheduler(rawValue: token.text) else {
            let names = LVSScheduler.allCases.map(\.rawValue)
            var notes = [Diagnostic.Note(message: "valid schedulers: \(names.joined(separator: ", "))")]
            if let suggestion = KeywordSuggester.suggestion(for: token.text.lowercased(), among: names) {
                notes.insert(Diagnostic.Note(message: "did you mean '\(suggestion)'?"), at: 0)
            }
            context.error("unknown scheduler '\(token.text)' for '\(node.keyword.text)'", at: token, notes: notes)
            return
        }
        draft.scheduler = scheduler
    }

    static let serviceKeywords: [ServerKeyword] = [
        ServerKeyword("protocol") { draft, node, context in
            guard let token = context.argument(node) else { return }
            if let value = ServiceProtocol(rawValue: token.text.uppercased()) {
                draft.serviceProtocol = value
            } else {
                context.error("unknown protocol '\(token.text)'; expected TCP, UDP or SCTP", at: token)
            }
        },
        ServerKeyword("ip_family") { draft, node, context in
            guard let token = context.argument(node) else { return }
            let family: AddressFamily? = token.text == "inet" ? .inet : token.text == "inet6" ? .inet6 : nil
            guard let family else {
                context.error("unknown address family '\(token.text)'; expected inet or inet6", at: token)
                return
            }
            if let existing = draft.family, existing != family {
                context.error("'ip_family \(token.text)' conflicts with the virtual server's address", at: token)
                return
            }
            draft.family = family
        },
        ServerKeyword("persistence_timeout") { draft, node, context in
            guard node.arguments.first != nil else {
                draft.persistenceTimeout = PersistenceSettings.defaultTimeout
                return
            }
            if let seconds = context.integer(node, in: 1...2_678_400) { draft.persistenceTimeout = .seconds(seconds) }
        },
        ServerKeyword("persistence_granularity") { draft, node, context in
            readGranularity(node, into: &draft, context: &context)
        },
        ServerKeyword("persistence_engine") { draft, node, context in
            if let engine = context.argument(node) { draft.persistenceEngine = engine.text }
        },
        ServerKeyword("ha_suspend") { draft, _, _ in draft.server.haSuspend = true },
        ServerKeyword("alpha") { draft, _, _ in draft.server.alpha = true },
        ServerKeyword("omega") { draft, _, _ in draft.server.omega = true }
            .notSupported(
                "at shutdown vigil runs no notify_down of the live real servers and no quorum_down of the "
                    + "virtual server (nor their FIFO lines and mails), which omega asks for"),
        ServerKeyword("inhibit_on_failure") { draft, node, context in
            if let value = context.flag(node) { draft.server.inhibitOnFailure = value }
        },
        ServerKeyword("virtualhost") { draft, node, context in
            if let host = context.argument(node) { draft.server.virtualhost = host.text }
        },
        ServerKeyword("smtp_alert") { draft, node, context in
            if let value = context.flag(node) { draft.smtpAlert = value }
        },
        ServerKeyword("weight") { draft, node, context in
            if let weight = context.integer(node, in: 1...Int(Int32.max)) { draft.weight = UInt32(weight) }
        },
        ServerKeyword.unsupported("snmp_name", "vigil has no SNMP agent"),
    ]

    private static func readGranularity(
        _ node: ConfigNode, into draft: inout VirtualServerDraft, context: inout ReadContext
    ) {
        guard let token = context.argument(node) else { return }
        let family = draft.family ?? (token.text.contains(".") ? .inet : .inet6)
        if family == .inet {
            guard let mask = IPv4Address(token.text) else {
                context.error("'persistence_granularity' needs an IPv4 netmask here, found '\(token.text)'", at: token)
                return
            }
            draft.persistenceGranularity = .netmask(mask)
        } else {
            guard let length = context.integer(token, in: 1...128, name: "persistence_granularity") else { return }
            draft.persistenceGranularity = .prefixLength(length)
        }
        draft.family = draft.family ?? family
        // keepalived makes the service persistent when a granularity is given.
        draft.persistenceTimeout = draft.persistenceTimeout ?? PersistenceSettings.defaultTimeout
    }
}
