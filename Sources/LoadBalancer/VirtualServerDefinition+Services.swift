extension VirtualServerDefinition {
    /// The IPVS services this virtual server should have (Docs/Keepalived.md §4.3, §4.4): alive real servers at
    /// their weight, dead ones absent or at weight 0 with `inhibit_on_failure`; while the sorry server is
    /// in, it replaces the real servers, which stay only when inhibited, at weight 0. A `drained` real
    /// server that is alive stays at weight 0 (established connections finish, new ones go elsewhere).
    public func services(
        status: (RealServerDefinition) -> RealServerStatus, sorryServerActive: Bool,
        drained: (RealServerDefinition) -> Bool = { _ in false }
    ) -> [VirtualService] {
        guard !realServers.isEmpty else { return [] }
        return serviceKeys.map { key in
            VirtualService(
                key: key, settings: settings(for: key),
                destinations: destinations(
                    for: key, status: status, sorryServerActive: sorryServerActive, drained: drained))
        }
    }

    private func settings(for key: ServiceKey) -> VirtualService.Settings {
        var persistence = self.persistence
        // keepalived makes an all-ports service persistent; IPVS needs that to keep a client's ports together.
        if case .endpoint(_, 0, _) = key, persistence == nil { persistence = .keepalivedDefault }
        return VirtualService.Settings(scheduler: scheduler, flags: flags, persistence: persistence)
    }

    private func destinations(
        for key: ServiceKey, status: (RealServerDefinition) -> RealServerStatus, sorryServerActive: Bool,
        drained: (RealServerDefinition) -> Bool
    ) -> [Destination] {
        var result: [Destination] = []
        for server in realServers {
            let health = status(server)
            let weight: Int
            if sorryServerActive || !health.isAlive {
                guard server.inhibitOnFailure else { continue }
                weight = 0
            } else if drained(server) {
                weight = 0
            } else {
                weight = server.effectiveWeight(dynamicWeights: health.dynamicWeights)
            }
            let method = server.forwarding ?? forwarding
            result.append(
                Destination(
                    address: server.address, port: Self.port(server.port, method: method, service: key),
                    forwarding: method, weight: weight, upperThreshold: server.upperThreshold,
                    lowerThreshold: server.lowerThreshold))
        }
        if let sorry = sorryServer, sorryServerActive || sorry.inhibit {
            let method = sorry.forwarding ?? forwarding
            let entry = Destination(
                address: sorry.address, port: Self.port(sorry.port ?? key.port, method: method, service: key),
                forwarding: method, weight: sorryServerActive ? sorry.weight : 0)
            // A sorry server that is also a real server: the real server's entry wins while the sorry
            // server is not in use.
            if sorryServerActive || !result.contains(where: { $0.key == entry.key }) {
                result.removeAll { $0.key == entry.key }
                result.append(entry)
            }
        }
        return result
    }

    /// Only NAT can change the port; other methods keep the service's (none for fwmark services).
    private static func port(_ port: UInt16, method: ForwardingMethod, service: ServiceKey) -> UInt16 {
        switch method {
        case .nat: port
        case .directRouting, .tunnel: service.port
        }
    }
}
