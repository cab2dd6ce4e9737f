import NetworkPrimitives

/// One virtual server being completed.
struct VirtualServerWork {
    var draft: VirtualServerDraft
    var server: VirtualServer
    let globals: GlobalDefinitions
    var group: VirtualServerGroup?
    var realServers: [RealServerDraft]
    let trackFiles: [String: TrackFile]
    private var reportedMissingMethod = false

    init(draft: VirtualServerDraft, globals: GlobalDefinitions, trackFiles: [String: TrackFile]) {
        self.draft = draft
        self.trackFiles = trackFiles
        server = draft.server
        self.globals = globals
        realServers = draft.realServers
    }

    var hasAddressEntries: Bool {
        switch server.address {
        case .socket: true
        case .firewallMark: false
        case .group: group?.entries.contains { if case .addressRange = $0 { true } else { false } } ?? false
        }
    }

    var isFirewallMarkOnly: Bool { !hasAddressEntries }

    /// The family, and real servers of another family dropped (tunnelled ones may differ).
    mutating func resolveFamily(context: inout ReadContext) -> Bool {
        guard !realServers.isEmpty else {
            context.error("virtual_server \(server.address) has no real servers; it is ignored", at: draft.keyword)
            return false
        }
        var family = draft.family
        if family == nil, let sorry = draft.sorryServer, !sorry.isTunnel { family = sorry.address.family }
        realServers.removeAll { real in
            if case .tunnel? = real.forwardingMethod { return false }
            guard let expected = family else {
                family = real.server.address.family
                return false
            }
            guard real.server.address.family != expected else { return false }
            context.error(
                "real server \(real.server.address) is not of the virtual server's address family; it is "
                    + "skipped", at: real.addressToken)
            return true
        }
        server.family = family ?? realServers.first?.server.address.family ?? .inet
        return !realServers.isEmpty
    }

    /// The forwarding method of the virtual server, reported once when keepalived has to pick NAT.
    mutating func virtualServerMethod(context: inout ReadContext) -> LBKind {
        if let method = draft.forwardingMethod { return method }
        if !reportedMissingMethod {
            reportedMissingMethod = true
            context.warning(
                "virtual_server \(server.address) has no 'lb_kind'; keepalived uses NAT", at: draft.keyword,
                keepalivedReports: true)
        }
        return .nat
    }
}

extension SorryServerDraft {
    var isTunnel: Bool {
        if case .tunnel? = forwardingMethod { return true }
        return false
    }
}
