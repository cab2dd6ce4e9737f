import NetworkPrimitives

/// Real-server inheritance and port rules of `validate_check_config`.
extension VirtualServerWork {
    mutating func completeRealServers(context: inout ReadContext) {
        var seen: [RealServerDraft] = []
        for real in realServers {
            if let earlier = seen.first(where: {
                $0.server.address == real.server.address && $0.server.port == real.server.port
            }) {
                context.error(
                    "real server \(real.server.address) \(real.server.port) is listed twice; the second is "
                        + "removed", at: real.addressToken,
                    notes: [Diagnostic.Note(location: earlier.server.location, message: "first listed here")])
                continue
            }
            seen.append(real)
            server.realServers.append(completed(real, context: &context))
        }
        realServers = seen
        if let sorry = draft.sorryServer {
            var sorryServer = SorryServerSettings(address: sorry.address, port: sorry.port ?? 0, location: sorry.location)
            sorryServer.inhibit = draft.written["sorry_server_inhibit"] != nil
            sorryServer.forwardingMethod = sorry.forwardingMethod ?? virtualServerMethod(context: &context)
            server.sorryServer = sorryServer
        }
    }

    private mutating func completed(_ real: RealServerDraft, context: inout ReadContext) -> RealServer {
        var result = real.server
        result.forwardingMethod = real.forwardingMethod ?? virtualServerMethod(context: &context)
        result.alpha = real.alpha ?? server.alpha
        result.inhibitOnFailure = real.inhibitOnFailure ?? server.inhibitOnFailure
        result.weight = real.weight ?? draft.weight
        result.smtpAlert = real.smtpAlert ?? globals.email.alertChecker ?? globals.email.alert ?? true
        return result
    }

    /// NAT real servers may use any port; others must use the service's (0 for fwmark services).
    mutating func fixPorts(context: inout ReadContext) {
        switch server.address {
        case .socket(_, let port):
            for index in server.realServers.indices {
                fixPort(
                    &server.realServers[index].port, of: server.realServers[index], servicePort: port,
                    token: realServers[index].addressToken, context: &context)
            }
            if var sorry = server.sorryServer {
                fixSorryPort(&sorry, servicePort: port, context: &context)
                server.sorryServer = sorry
            }
        case .firewallMark:
            for index in server.realServers.indices where server.realServers[index].forwardingMethod != .nat {
                guard server.realServers[index].port != 0 else { continue }
                context.warning(
                    "a fwmark virtual server ignores the port of a non-NAT real server; it is cleared",
                    at: realServers[index].addressToken, keepalivedReports: true)
                server.realServers[index].port = 0
            }
        case .group:
            checkGroupPorts(context: &context)
        }
    }

    private func fixPort(
        _ port: inout UInt16, of real: RealServer, servicePort: UInt16, token: Token, context: inout ReadContext
    ) {
        if real.forwardingMethod == .nat || port == 0 {
            if port == 0 { port = servicePort }
            return
        }
        guard port != servicePort else { return }
        context.warning(
            "real server port \(port) differs from the virtual server's \(servicePort), which "
                + "\(real.forwardingMethod.keyword) requires; using \(servicePort)", at: token,
            keepalivedReports: true)
        port = servicePort
    }

    private func fixSorryPort(_ sorry: inout SorryServerSettings, servicePort: UInt16, context: inout ReadContext) {
        if sorry.port == 0 {
            sorry.port = servicePort
        } else if sorry.forwardingMethod != .nat, sorry.port != servicePort {
            context.warning(
                "the sorry server's port differs from the virtual server's; using \(servicePort)",
                at: sorry.location, keepalivedReports: true)
            sorry.port = servicePort
        }
    }

    private func checkGroupPorts(context: inout ReadContext) {
        for case .addressRange(_, _, let port, _) in group?.entries ?? [] {
            for (index, real) in server.realServers.enumerated()
            where real.forwardingMethod != .nat && real.port != 0 && real.port != port {
                context.error(
                    "real server port \(real.port) differs from the group entry's port \(port), which "
                        + "\(real.forwardingMethod.keyword) requires", at: realServers[index].addressToken)
            }
        }
    }
}
