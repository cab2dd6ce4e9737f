import HealthCheck
import KeepalivedConfig
import LoadBalancer
import NetworkPrimitives

extension CheckerAssembly {
    static func frontend(of virtualServer: VirtualServer, groups: [VirtualServerGroup]) -> VirtualServerDefinition
        .Frontend?
    {
        switch virtualServer.address {
        case .socket(let address, let port):
            return .endpoint(address, port: port)
        case .firewallMark(let mark):
            return .fwmark(mark, family: virtualServer.family)
        case .group(let name):
            guard let group = groups.first(where: { $0.name == name }) else { return nil }
            return .group(name: name, entries: group.entries.map { entry($0, family: virtualServer.family) })
        }
    }

    private static func entry(_ entry: VirtualServerGroup.Entry, family: AddressFamily) -> VirtualServerGroupEntry {
        switch entry {
        case .addressRange(let first, let last, let port, _):
            first == last ? .address(first, port: port) : .range(first: first, last: last, port: port)
        case .firewallMark(let mark, let markFamily, _):
            .fwmark(mark, family: markFamily ?? family)
        }
    }

    static func definition(of virtualServer: VirtualServer, frontend: VirtualServerDefinition.Frontend)
        -> VirtualServerDefinition
    {
        VirtualServerDefinition(
            frontend: frontend, protocol: transport(virtualServer.serviceProtocol),
            scheduler: scheduler(virtualServer.scheduler), forwarding: forwarding(virtualServer.forwardingMethod),
            persistence: virtualServer.persistence.map(persistence), flags: flags(virtualServer.flags),
            quorum: Int(virtualServer.quorum), hysteresis: Int(virtualServer.hysteresis),
            sorryServer: virtualServer.sorryServer.map {
                SorryServer(
                    address: $0.address, port: $0.port, forwarding: forwarding($0.forwardingMethod), inhibit: $0.inhibit
                )
            },
            realServers: virtualServer.realServers.map { server in
                RealServerDefinition(
                    address: server.address, port: server.port, weight: Int(server.weight),
                    forwarding: forwarding(server.forwardingMethod), upperThreshold: server.upperThreshold,
                    lowerThreshold: server.lowerThreshold, inhibitOnFailure: server.inhibitOnFailure,
                    initiallyAlive: !server.checkers.contains { $0.schedule?.alpha == true })
            })
    }

    /// fwmark services have no protocol; TCP stands in for log lines.
    static func transport(_ proto: ServiceProtocol?) -> TransportProtocol {
        switch proto {
        case .tcp, .none: .tcp
        case .udp: .udp
        case .sctp: .sctp
        }
    }

    static func scheduler(_ scheduler: LVSScheduler) -> Scheduler {
        switch scheduler {
        case .roundRobin: .roundRobin
        case .weightedRoundRobin: .weightedRoundRobin
        case .leastConnection: .leastConnection
        case .weightedLeastConnection: .weightedLeastConnection
        case .localityBasedLeastConnection: .localityBasedLeastConnection
        case .sourceHashing: .sourceHashing
        case .maglevHashing: .maglevHashing
        case .destinationHashing: .destinationHashing
        case .weightedFailover: .weightedFailover
        case .weightedOverflow: .weightedOverflow
        case .localityBasedLeastConnectionWithReplication: .localityBasedLeastConnectionWithReplication
        case .shortestExpectedDelay: .shortestExpectedDelay
        case .neverQueue: .neverQueue
        case .weightedRandomTwoChoices: .randomTwoChoices
        }
    }

    static func forwarding(_ method: LBKind) -> ForwardingMethod {
        switch method {
        case .nat: return .nat
        case .directRouting: return .directRouting
        case .tunnel(let tunnel):
            let encapsulation: ForwardingMethod.Tunnel.Encapsulation =
                switch tunnel.type {
                case .ipip: .ipip
                case .gue: .gue(port: tunnel.port ?? 0)
                case .gre: .gre
                }
            let checksum: ForwardingMethod.Tunnel.Checksum =
                switch tunnel.checksum {
                case .none: .none
                case .checksum: .checksum
                case .remoteChecksum: .remoteChecksum
                }
            return .tunnel(.init(encapsulation: encapsulation, checksum: checksum))
        }
    }

    static func persistence(_ persistence: PersistenceSettings) -> Persistence {
        let granularity: Int? =
            switch persistence.granularity {
            case .none: nil
            case .netmask(let mask): (~mask.value).leadingZeroBitCount
            case .prefixLength(let length): length
            }
        return Persistence(
            timeout: persistence.timeout, granularity: granularity, engine: persistence.engine)
    }

    static func flags(_ flags: [LVSServiceFlag]) -> ServiceFlags {
        flags.reduce(into: ServiceFlags()) { result, flag in
            switch flag {
            case .hashed: result.insert(.hashed)
            case .onePacket: result.insert(.onePacket)
            case .scheduler1, .sourceHashFallback, .maglevHashFallback: result.insert(.scheduler1)
            case .scheduler2, .sourceHashPort, .maglevHashPort: result.insert(.scheduler2)
            case .scheduler3: result.insert(.scheduler3)
            }
        }
    }
}
