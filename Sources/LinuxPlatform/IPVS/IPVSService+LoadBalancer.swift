import LoadBalancer
import Netlink
import NetworkPrimitives

extension IPVSServiceKey {
    /// The kernel's name for a planned service.
    public init(_ key: ServiceKey) {
        switch key {
        case .endpoint(let address, let port, let proto):
            self = .endpoint(
                protocol: IPVSProtocol(rawValue: UInt16(proto.ipProtocolNumber)), address: address, port: port)
        case .fwmark(let mark, let family):
            self = .firewallMark(mark, family: family)
        }
    }
}

extension ServiceKey {
    /// The planner's name for a kernel service; nil for a protocol IPVS does not balance.
    public init?(_ key: IPVSServiceKey) {
        switch key {
        case .endpoint(let proto, let address, let port):
            guard
                let transport = TransportProtocol.allCases.first(where: {
                    UInt16($0.ipProtocolNumber) == proto.rawValue
                })
            else { return nil }
            self = .endpoint(address: address, port: port, protocol: transport)
        case .firewallMark(let mark, let family):
            self = .fwmark(mark, family: family)
        }
    }
}

extension IPVSService {
    /// The service nest keepalived sends for a planned service (Docs/Keepalived.md §5):
    /// the persistent flag, timeout and granularity only when persistence is set.
    public init(_ key: ServiceKey, _ settings: VirtualService.Settings) {
        let ipvsKey = IPVSServiceKey(key)
        var flags = IPVSServiceFlags(rawValue: settings.flags.rawValue)
        var timeout: UInt32 = 0
        var netmask = IPVSService.defaultNetmask(for: ipvsKey.family)
        if let persistence = settings.persistence {
            flags.insert(.persistent)
            timeout = UInt32(clamping: persistence.timeout.components.seconds)
            if let granularity = persistence.granularity {
                netmask = IPVSService.netmask(prefixLength: granularity, family: ipvsKey.family)
            }
        }
        self.init(
            key: ipvsKey, scheduler: settings.scheduler.rawValue, persistenceEngine: settings.persistence?.engine,
            flags: flags, timeoutSeconds: timeout, netmask: netmask)
    }
}

extension VirtualService.Settings {
    /// The planner's view of a kernel service; nil for a scheduler the planner does not know.
    /// The kernel's `hashed` bit is dropped (it marks every live service), and a whole-address
    /// granularity reads as the default (nil), as the planner writes it.
    public init?(_ service: IPVSService) {
        guard let scheduler = Scheduler(rawValue: service.scheduler) else { return nil }
        let configurable = service.flags.subtracting([.persistent, .hashed])
        var persistence: Persistence?
        if service.flags.contains(.persistent) {
            let granularity = service.persistencePrefixLength.flatMap {
                $0 == service.key.family.maximumPrefixLength ? nil : $0
            }
            persistence = Persistence(
                timeout: .seconds(service.timeoutSeconds), granularity: granularity,
                engine: service.persistenceEngine)
        }
        self.init(scheduler: scheduler, flags: ServiceFlags(rawValue: configurable.rawValue), persistence: persistence)
    }
}
