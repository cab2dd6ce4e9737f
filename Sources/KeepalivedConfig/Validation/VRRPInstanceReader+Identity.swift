/// State, identity and timing keywords of `vrrp_instance` (Docs/Keepalived.md §2.3).
extension VRRPInstanceReader {
    static let identityKeywords: [InstanceKeyword] = [
        InstanceKeyword("state") { draft, node, context in
            guard let token = context.argument(node) else { return }
            readState(token, into: &draft, context: &context)
        },
        InstanceKeyword("interface") { draft, node, context in
            if let name = context.interface(node) {
                if name.rawValue == "lo" {
                    context.error(
                        "vrrp_instance '\(draft.name)' cannot use the loopback interface", at: node.arguments[0])
                } else {
                    draft.instance.interface = name
                }
            }
        },
        InstanceKeyword("virtual_router_id") { draft, node, context in
            if let vrid = context.integer(node, in: 1...255) { draft.virtualRouterID = vrid }
        },
        InstanceKeyword("priority") { draft, node, context in
            if let priority = context.integer(node, in: 1...255) {
                draft.priority = priority
            } else if node.arguments.first != nil {
                // keepalived falls back to 100 for an invalid priority, even with state MASTER.
                draft.priority = 100
            }
        },
        InstanceKeyword("advert_int") { draft, node, context in
            if let interval = context.seconds(node, in: .milliseconds(10) ... .seconds(255)) {
                draft.advertInterval = interval
            }
        },
        InstanceKeyword("version") { draft, node, context in
            guard let value = context.integer(node, in: 2...3) else { return }
            let version: ConfiguredVRRPVersion = value == 3 ? .v3 : .v2
            if let earlier = draft.version, earlier != version {
                context.error(
                    "'version \(value)' conflicts with the version set earlier; it is ignored",
                    at: node.arguments[0])
            } else if version == .v2, draft.family == .inet6 {
                context.error(
                    "'version 2' conflicts with the instance's IPv6 addresses; it is ignored",
                    at: node.arguments[0])
            } else {
                draft.version = version
            }
        },
        InstanceKeyword("authentication", block: true) { draft, node, context in
            context.read(node, with: authenticationTable, into: &draft, label: .plain("authentication"))
        },
        InstanceKeyword("preempt") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.nopreempt = false
        },
        InstanceKeyword("nopreempt") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.nopreempt = true
        },
        InstanceKeyword("preempt_delay") { draft, node, context in
            if let delay = context.seconds(node, in: .zero ... .seconds(1000)) { draft.instance.preemptDelay = delay }
        },
    ]

    private static func readState(_ token: Token, into draft: inout VRRPInstanceDraft, context: inout ReadContext) {
        switch token.text {
        case "MASTER":
            draft.state = .master
        case "BACKUP":
            if draft.state == .master {
                context.error("'state' was already set to MASTER; BACKUP is ignored", at: token)
            } else {
                draft.state = .backup
            }
        default:
            var notes: [Diagnostic.Note] = []
            if let match = ConfiguredState.allCases.first(where: { $0.rawValue == token.text.uppercased() }) {
                notes.append(
                    Diagnostic.Note(message: "state values are case-sensitive: did you mean '\(match.rawValue)'?"))
            }
            notes.append(Diagnostic.Note(message: "keepalived uses BACKUP instead"))
            context.error("unknown state '\(token.text)'; expected MASTER or BACKUP", at: token, notes: notes)
            draft.state = .backup
        }
    }

    static let authenticationTable = KeywordTable<VRRPInstanceDraft>(
        block: "authentication",
        [
            Keyword("auth_type", support: .partial("PASS only: AH is refused by vigil check and at daemon start")) {
                draft, node, context in
                guard let token = context.argument(node) else { return }
                if let kind = AuthenticationBlock.Kind(rawValue: token.text) {
                    draft.authenticationKind = kind
                } else {
                    context.error("unknown auth_type '\(token.text)'; expected PASS or AH", at: token)
                }
            },
            Keyword("auth_pass") { draft, node, context in
                guard let token = context.argument(node) else { return }
                var bytes = Array(token.text.utf8)
                if bytes.count > 8 {
                    context.warning(
                        "'auth_pass' is longer than 8 bytes; only '\(String(decoding: bytes.prefix(8), as: UTF8.self))' is used",
                        at: token, keepalivedReports: true)
                    bytes = Array(bytes.prefix(8))
                }
                draft.authenticationPassword = bytes + [UInt8](repeating: 0, count: 8 - bytes.count)
            },
        ])
}
