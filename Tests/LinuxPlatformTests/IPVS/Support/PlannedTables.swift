import LoadBalancer
import NetworkPrimitives

/// Planned tables covering every setting IPVSDataPlane maps: NAT, DR and tunnels (GUE, GRE),
/// persistence with granularity and engine, scheduler flags, one-packet scheduling, thresholds,
/// weight 0, firewall marks and IPv6.
enum PlannedTables {
    static func address(_ text: String) -> IPAddress { IPAddress(text)! }

    static let web = ServiceKey.endpoint(address: address("10.0.0.1"), port: 80, protocol: .tcp)
    static let sip = ServiceKey.endpoint(address: address("10.0.0.5"), port: 5060, protocol: .udp)
    static let dns = ServiceKey.endpoint(address: address("10.0.0.2"), port: 53, protocol: .udp)
    static let marked = ServiceKey.fwmark(7, family: .inet)
    static let v6 = ServiceKey.endpoint(address: address("2001:db8::1"), port: 443, protocol: .tcp)

    static let gue = ForwardingMethod.tunnel(.init(encapsulation: .gue(port: 6080), checksum: .remoteChecksum))
    static let gre = ForwardingMethod.tunnel(.init(encapsulation: .gre, checksum: .checksum))

    static let full = VirtualServerTable([
        VirtualService(
            key: web,
            settings: .init(scheduler: .weightedLeastConnection, persistence: Persistence(timeout: .seconds(300))),
            destinations: [
                Destination(
                    address: address("10.0.1.1"), port: 8080, weight: 3, upperThreshold: 100, lowerThreshold: 10),
                Destination(address: address("10.0.1.2"), port: 8080, weight: 0),
            ]),
        VirtualService(
            key: sip,
            settings: .init(
                scheduler: .roundRobin, persistence: Persistence(timeout: .seconds(120), granularity: 24, engine: "sip")
            ),
            destinations: [Destination(address: address("10.0.1.1"), port: 5060)]),
        VirtualService(
            key: dns, settings: .init(scheduler: .roundRobin, flags: .onePacket),
            destinations: [Destination(address: address("10.0.1.3"), port: 53, weight: 2)]),
        VirtualService(
            key: marked, settings: .init(scheduler: .sourceHashing, flags: [.hashPort, .hashFallback]),
            destinations: [Destination(address: address("10.0.1.4"), port: 0, forwarding: .directRouting, weight: 2)]),
        VirtualService(
            key: v6,
            settings: .init(scheduler: .roundRobin, persistence: Persistence(timeout: .seconds(60), granularity: 64)),
            destinations: [
                Destination(address: address("2001:db8::10"), port: 443, forwarding: gue, weight: 1),
                Destination(address: address("2001:db8::11"), port: 443, forwarding: gre, weight: 5),
            ]),
    ])

    /// `full` with the web scheduler and a weight changed, a destination swapped, DNS removed.
    static let changed: VirtualServerTable = {
        var table = full
        table[web]?.settings.scheduler = .roundRobin
        table[web]?.settings.persistence = nil
        table[web]?.destinations[Destination.Key(address: address("10.0.1.2"), port: 8080)]?.weight = 7
        table[v6]?.destinations[Destination.Key(address: address("2001:db8::11"), port: 443)] = nil
        let added = Destination(address: address("2001:db8::12"), port: 443, forwarding: .directRouting, weight: 2)
        table[v6]?.destinations[added.key] = added
        table[dns] = nil
        return table
    }()
}
