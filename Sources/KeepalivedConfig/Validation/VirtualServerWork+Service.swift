/// Protocol, scheduler, persistence and flag rules of `validate_check_config`.
extension VirtualServerWork {
    mutating func applyServiceDefaults(context: inout ReadContext) {
        if server.haSuspend, hasFirewallMark {
            context.error(
                "'ha_suspend' cannot be used with fwmarks; it is turned off",
                at: draft.written["ha_suspend"] ?? draft.keyword)
            server.haSuspend = false
        }
        var persistence = draft.persistenceTimeout
        if hasAddressEntries {
            applyAddressServiceRules(&persistence, context: &context)
        } else {
            if draft.serviceProtocol != nil {
                context.warning(
                    "'protocol' is ignored for a fwmark virtual server",
                    at: draft.written["protocol"] ?? draft.keyword, keepalivedReports: true)
            }
            server.serviceProtocol = nil
        }
        if let timeout = persistence {
            server.persistence = PersistenceSettings(
                timeout: timeout, granularity: draft.persistenceGranularity,
                engine: draft.persistenceEngine)
        }
        if let scheduler = draft.scheduler {
            server.scheduler = scheduler
        } else {
            context.warning(
                "virtual_server \(server.address) has no 'lb_algo'; keepalived uses wlc", at: draft.keyword,
                keepalivedReports: true)
            server.scheduler = .weightedLeastConnection
        }
        server.forwardingMethod = virtualServerMethod(context: &context)
        server.smtpAlert = draft.smtpAlert ?? globals.email.alertChecker ?? globals.email.alert ?? false
    }

    private var hasFirewallMark: Bool {
        switch server.address {
        case .firewallMark: true
        case .socket: false
        case .group: group?.entries.contains { if case .firewallMark = $0 { true } else { false } } ?? false
        }
    }

    private mutating func applyAddressServiceRules(_ persistence: inout Duration?, context: inout ReadContext) {
        if let value = draft.serviceProtocol {
            server.serviceProtocol = value
        } else {
            // keepalived logs a configuration error and substitutes UDP; vigil does the same, as a warning.
            context.warning(
                "virtual_server \(server.address) has no 'protocol'; keepalived uses UDP", at: draft.keyword,
                keepalivedReports: true)
            server.serviceProtocol = .udp
        }
        if server.flags.contains(.onePacket), server.serviceProtocol != .udp {
            context.error(
                "'ops' (one-packet scheduling) needs UDP; it is turned off",
                at: draft.written["ops"] ?? draft.keyword)
            server.flags.removeAll { $0 == .onePacket }
        }
        guard persistence == nil else { return }
        let zeroPort: Bool
        switch server.address {
        case .socket(_, let port): zeroPort = port == 0
        case .group:
            zeroPort =
                group?.entries.contains { if case .addressRange(_, _, 0, _) = $0 { true } else { false } } ?? false
        case .firewallMark: zeroPort = false
        }
        if zeroPort {
            context.error(
                "port 0 is only valid for a persistent service; keepalived makes it persistent "
                    + "(\(PersistenceSettings.defaultTimeout.secondsText) s)", at: draft.keyword)
            persistence = PersistenceSettings.defaultTimeout
        }
    }

    mutating func applyQuorumLimits(context: inout ReadContext) {
        let weightSum = server.realServers.reduce(UInt64(0)) { $0 + UInt64($1.weight) }
        if UInt64(server.quorum) > weightSum {
            context.warning(
                "quorum \(server.quorum) exceeds the total weight \(weightSum) of the real servers; "
                    + "keepalived lowers it to \(weightSum)", at: draft.written["quorum"] ?? draft.keyword,
                keepalivedReports: true)
            server.quorum = UInt32(clamping: weightSum)
        }
        if server.hysteresis >= server.quorum, server.hysteresis > 0 || server.quorum == 0 {
            let limit = server.quorum == 0 ? 0 : server.quorum - 1
            if server.hysteresis != limit {
                context.error(
                    "hysteresis \(server.hysteresis) must be below quorum \(server.quorum); using \(limit)",
                    at: draft.written["hysteresis"] ?? draft.keyword)
            }
            server.hysteresis = limit
        }
    }
}
