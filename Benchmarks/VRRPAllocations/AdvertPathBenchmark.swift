import AllocationCounter
import Engine
import LinuxPlatform
import NetworkPrimitives
import Runtime
import VRRP

/// Allocations per advertisement on the daemon's VRRP path: the real `RuntimeLoop`, interpreter and
/// `VRRPEngine` on a `VRRPReactor` thread (its executor and clock), `instanceCount` v3 instances at
/// advert_int 0.02 s. Every malloc of the process is counted (the interposer in AllocationCounter),
/// over `window` of steady state after a warm-up: as master, per advert sent; as backup, per advert
/// received (handed in on the reactor thread as the raw socket network hands them in, one tick per
/// 20 ms for all instances). The sockets themselves are left out: `sendmsg`/`recvmsg` and parsing add
/// what `RawVRRPSocket` allocates (the payload array, the control-message buffers).
enum AdvertPathBenchmark {
    static let instanceCount = 50
    static let interval: Duration = .milliseconds(20)
    static let source = IPAddress.v4(IPv4Address(10, 99, 0, 2))
    static let peer = IPAddress.v4(IPv4Address(10, 99, 0, 3))
    static let group = IPAddress.v4(IPv4Address.vrrpMulticastGroup)

    static func instances(
        priority: UInt8, interface: InterfaceName = "eth0", source: IPAddress = AdvertPathBenchmark.source
    ) -> [EngineInstance] {
        (0..<instanceCount).map { index in
            let vrid = UInt8(index + 1)
            let vip = VirtualAddress(
                prefix: IPPrefix(address: .v4(IPv4Address(10, 99, 1, vrid)), length: 24), interface: interface)
            let vrrp = VRRPInstanceConfiguration(
                name: "VI_\(vrid)", virtualRouterID: vrid, version: .v3, interface: interface, priority: priority,
                advertisementInterval: interval, virtualAddresses: [vip.prefix], sourceAddress: source)
            return EngineInstance(vrrp: vrrp, addresses: [vip])
        }
    }

    /// The master's adverts, as the backup's socket would deliver them.
    static func peerAdverts() -> [ReceivedVRRPPacket] {
        (0..<instanceCount).map { index in
            let vrid = UInt8(index + 1)
            let advert = VRRPAdvertisement(
                version: .v3, virtualRouterID: vrid, priority: 200, advertisementInterval: interval,
                addresses: [.v4(IPv4Address(10, 99, 1, vrid))])
            let payload = VRRPCodec.encode(
                advert, family: .inet, checksum: VRRPChecksumContext(source: peer, destination: group))
            return ReceivedVRRPPacket(
                interface: "eth0", source: peer, destination: group, hopLimit: 255, payload: payload,
                ipv4HeaderLength: 20, ipv4TotalLength: 20 + payload.count)
        }
    }

    struct Figure {
        var adverts: Int
        var allocations: UInt64
        /// The loop's inbox over the window (`Inbox.lanesActivity`, after minus before).
        var lanes = InboxLaneActivity()
        var perAdvert: Double { adverts == 0 ? 0 : Double(allocations) / Double(adverts) }
    }

    /// Runs one node for `warmUp + window`; counts adverts sent (master) or handed in (backup). The
    /// warm-up passes `garp_master_delay`'s second batch of announcements (5 s after MASTER), which is
    /// a transition's work, not an advert's.
    static func measure(master: Bool, warmUp: Duration = .seconds(6), window: Duration = .seconds(5)) async throws
        -> Figure
    {
        let reactor = try VRRPReactor()
        let network = CountingNetwork()
        let ports = RuntimePorts(
            network: network, addresses: QuietAddresses(), announcer: QuietAnnouncer(), links: QuietLinks(),
            scripts: QuietScripts(), clock: reactor, log: QuietLog())
        let loop = RuntimeLoop(ports: ports, executor: reactor)
        let engine = VRRPEngine(
            configuration: EngineConfiguration(instances: instances(priority: master ? 200 : 100)),
            linkStates: ["eth0": true])
        let running = Task { _ = await loop.run(engine) }
        let adverts = peerAdverts()
        let handedIn = ManagedCounter()
        let feeder = Task(executorPreference: reactor) {
            guard !master else { return }
            var next = reactor.now
            while !Task.isCancelled {
                if let deliver = network.handler.withLock({ $0 }) {
                    for advert in adverts { deliver(advert) }
                    handedIn.add(adverts.count)
                }
                next = next + interval
                try? await reactor.sleep(until: next)
            }
        }
        try await reactor.sleep(until: reactor.now + warmUp)
        let (sentBefore, inBefore, allocationsBefore) = (
            network.sent.load(ordering: .relaxed), handedIn.value, vigil_allocations()
        )
        let lanesBefore = loop.inbox.lanesActivity
        try await reactor.sleep(until: reactor.now + window)
        let (sentAfter, inAfter, allocationsAfter) = (
            network.sent.load(ordering: .relaxed), handedIn.value, vigil_allocations()
        )
        let lanesAfter = loop.inbox.lanesActivity
        feeder.cancel()
        loop.inbox.post(.command(.stop))
        await running.value
        _ = await feeder.value
        let count = master ? sentAfter - sentBefore : inAfter - inBefore
        let lanes = InboxLaneActivity(
            ownLanePosts: lanesAfter.ownLanePosts - lanesBefore.ownLanePosts,
            sharedLanePosts: lanesAfter.sharedLanePosts - lanesBefore.sharedLanePosts,
            sharedLaneLocksTakenByLoop: lanesAfter.sharedLaneLocksTakenByLoop - lanesBefore.sharedLaneLocksTakenByLoop,
            parks: lanesAfter.parks - lanesBefore.parks)
        return Figure(adverts: count, allocations: allocationsAfter - allocationsBefore, lanes: lanes)
    }

    static func run() async throws {
        print(
            "VRRP advert path on the VRRP reactor: \(instanceCount) v3 instances, advert_int 0.02 s, mallocs of the whole process"
        )
        let master = try await measure(master: true)
        print(
            "  master: \(master.adverts) adverts sent, \(master.allocations) allocations, \(format(master.perAdvert)) per advert sent"
        )
        let backup = try await measure(master: false)
        print(
            "  backup: \(backup.adverts) adverts received, \(backup.allocations) allocations, \(format(backup.perAdvert)) per advert received"
        )
        print(
            "  inbox: shared-lane posts \(master.lanes.sharedLanePosts) (master) and \(backup.lanes.sharedLanePosts) (backup), shared-lane locks taken by the loop \(master.lanes.sharedLaneLocksTakenByLoop) and \(backup.lanes.sharedLaneLocksTakenByLoop); own-lane posts \(master.lanes.ownLanePosts) and \(backup.lanes.ownLanePosts), parks \(master.lanes.parks) and \(backup.lanes.parks)"
        )
    }

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
