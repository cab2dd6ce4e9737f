import NetworkPrimitives
import TestSupport
import VRRP

/// The VRRP core at scale: ns per received advert through `VRRPRouter` (decode + validate +
/// state machine), and the wall time of a simulated LAN of two nodes with 1,000 v3 instances
/// each at advert_int 0.01 s for 60 virtual seconds.
enum SimulationBenchmark {
    static let instanceCount = 1_000

    static func run() {
        print("VRRP router and simulated LAN (\(instanceCount) instances per node, v3, advert_int 0.01 s)")
        let receive = (0..<3).map { _ in routerReceivePath(iterations: 2_000_000) }.min() ?? .zero
        print("  router receive (decode+validate+handle)  \(nanoseconds(receive, per: 2_000_000)) ns per advert")
        let clock = ContinuousClock()
        var lan = makeLAN()
        let elapsed = clock.measure { lan.run(until: .seconds(60)) }
        let adverts = lan.nodes.map(\.advertisementsSent).reduce(0, +)
        let masters = (0..<instanceCount).filter { lan.masters(of: name($0)) == ["A"] }.count
        print("  60 virtual s on 2 nodes: wall \(milliseconds(elapsed)) ms, \(adverts) adverts sent,")
        print(
            "    \(nanoseconds(elapsed, per: adverts)) ns per advert end to end (encode, wire, decode, validate, handle)"
        )
        precondition(masters == instanceCount, "simulation did not converge: \(masters) of \(instanceCount) on A")
    }

    static func name(_ index: Int) -> String { "VI_\(index)" }

    /// Instances spread over four interfaces, VRIDs 1...250 on each.
    static func instances(priority: UInt8) -> [VRRPInstanceConfiguration] {
        (0..<instanceCount).map { index in
            let vrid = UInt8(index % 250 + 1)
            return VRRPInstanceConfiguration(
                name: name(index), virtualRouterID: vrid, version: .v3, interface: InterfaceName("eth\(index / 250)"),
                priority: priority, advertisementInterval: .milliseconds(10),
                virtualAddresses: [IPPrefix(address: .v4(IPv4Address(10, UInt8(index / 250 + 1), 0, vrid)), length: 24)]
            )
        }
    }

    static func makeLAN() -> SimulatedLAN {
        var lan = SimulatedLAN(
            nodes: [
                SimulatedNode(name: "A", address: .v4(IPv4Address(10, 0, 0, 1)), instances: instances(priority: 200)),
                SimulatedNode(name: "B", address: .v4(IPv4Address(10, 0, 0, 2)), instances: instances(priority: 100)),
            ], seed: 1, delay: .microseconds(100) ... .microseconds(500))
        lan.recordsActions = false
        lan.start()
        return lan
    }

    /// A node whose 1,000 BACKUP instances each hear their master's advert in turn.
    static func routerReceivePath(iterations: Int) -> Duration {
        let configurations = instances(priority: 100)
        var router = VRRPRouter(instances: configurations)
        _ = router.handle(.start, now: .zero)
        let peer = IPAddress.v4(IPv4Address(10, 0, 0, 2))
        let group = IPAddress.v4(.vrrpMulticastGroup)
        let context = VRRPChecksumContext(source: peer, destination: group)
        let packets: [(message: [UInt8], interface: InterfaceName?)] = configurations.map { configuration in
            (
                VRRPCodec.encode(configuration.advertisement(priority: 200), family: .inet, checksum: context),
                configuration.interface
            )
        }
        let metadata = VRRPReceiveMetadata(source: peer, destination: group, hopLimit: 255)
        var now = MonotonicInstant.zero
        var actions = 0
        let elapsed = ContinuousClock().measure {
            for iteration in 0..<iterations {
                let packet = packets[iteration % packets.count]
                now = now + .microseconds(5)
                actions &+=
                    router.handle(
                        .packetReceived(packet.message, metadata: metadata, interface: packet.interface), now: now
                    ).count
            }
        }
        precondition(router.machines.allSatisfy { $0.masterAddress == peer }, "adverts were not accepted")
        precondition(actions >= 0)
        return elapsed
    }

    static func nanoseconds(_ elapsed: Duration, per count: Int) -> String {
        guard count > 0 else { return "-" }
        let tenths = (elapsed.nanosecondsClamped * 10) / Int64(count)
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func milliseconds(_ elapsed: Duration) -> Int64 { elapsed.nanosecondsClamped / 1_000_000 }
}
