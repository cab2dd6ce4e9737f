import Engine
import NetworkPrimitives
import VRRP

/// A small node: one instance VI_1 on eth0 (VRID 51, 10.99.0.100/24), source 10.99.0.2.
enum EngineFixture {
    static let source = IPAddress("10.99.0.2")!
    static let peer = IPAddress("10.99.0.3")!
    static let group = IPAddress("224.0.0.18")!
    static let vip = VirtualAddress(prefix: IPPrefix("10.99.0.100/24")!, interface: "eth0")

    static func instance(
        priority: UInt8 = 101, version: VRRPVersion = .v2, unicastPeers: [IPAddress] = [],
        trackers: [VRRPTrackerBinding] = [], notify: NotificationScripts = .none, name: String = "VI_1"
    ) -> EngineInstance {
        let vrrp = VRRPInstanceConfiguration(
            name: name, virtualRouterID: 51, version: version, interface: "eth0", priority: priority,
            virtualAddresses: [vip.prefix], sourceAddress: source,
            unicastPeers: unicastPeers.map { VRRPUnicastPeer(address: $0) }, trackers: trackers)
        return EngineInstance(vrrp: vrrp, addresses: [vip], notify: notify)
    }

    static func engine(_ instances: [EngineInstance], checks: [CheckScript] = []) -> VRRPEngine {
        VRRPEngine(configuration: EngineConfiguration(instances: instances, checkScripts: checks), linkStates: ["eth0": true])
    }

    /// An advert from the peer as the wire carries it.
    static func advert(
        priority: UInt8, from sender: IPAddress = peer, hopLimit: UInt8 = 255, version: VRRPVersion = .v2
    ) -> ReceivedVRRPPacket {
        let advert = VRRPAdvertisement(
            version: version, virtualRouterID: 51, priority: priority, advertisementInterval: .seconds(1),
            addresses: [vip.address])
        let payload = VRRPCodec.encode(
            advert, family: .inet, checksum: VRRPChecksumContext(source: sender, destination: group))
        return ReceivedVRRPPacket(
            interface: "eth0", source: sender, destination: group, hopLimit: hopLimit, payload: payload,
            ipv4HeaderLength: 20, ipv4TotalLength: 20 + payload.count)
    }

    /// Runs the engine's deadlines until `until`, collecting the effects.
    static func run(_ engine: inout VRRPEngine, until end: MonotonicInstant) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        while let deadline = engine.nextDeadline, deadline <= end {
            effects += engine.handle(.deadlineReached, now: deadline)
        }
        return effects
    }
}

extension [EngineEffect] {
    var logLines: [String] {
        compactMap {
            if case .log(let record) = $0, record.level != .debug { return record.message }
            return nil
        }
    }

    var transmissions: [VRRPTransmission] {
        compactMap {
            if case .transmit(let transmission) = $0 { return transmission }
            return nil
        }
    }

    var scripts: [ScriptRequest] {
        compactMap {
            if case .runScript(let request) = $0 { return request }
            return nil
        }
    }

    /// The effects that change the world, without log lines.
    var actions: [EngineEffect] {
        filter {
            if case .log = $0 { return false }
            return true
        }
    }
}
