import AllocationCounter
import Engine
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Runtime
import VRRP
import VigilLab

/// Allocations per advertisement with the sockets in: the same nodes as `AdvertPathBenchmark`, but
/// sending and receiving through `RawSocketVRRPNetwork` over a veth pair. The bench re-runs itself
/// under `unshare -n` (root), so the pair lives in a network namespace of its own that disappears
/// with that process: nothing to clean up, the host's namespace untouched. Three figures:
/// * the socket side alone: `RawVRRPSocket.send` and `receive` in a tight loop, no reactor, no engine;
/// * the master: its loop sends over the socket on one end (nobody reads the other end), per advert sent;
/// * the backup: the master and a backup whose loop handles what its socket on the other end
///   receives; the whole process's allocations less the master's (its per-advert figure times the
///   adverts sent), per advert received.
enum RealSocketBenchmark {
    static let childFlag = "--real-sockets-in-private-namespace"
    static let masterEnd: InterfaceName = "vgsa0"
    static let backupEnd: InterfaceName = "vgsa1"
    static let masterAddress = IPv4Address(10, 99, 0, 2)
    static let backupAddress = IPv4Address(10, 99, 0, 3)
    static let socketLoopCount = 20_000

    /// Runs the child under `unshare -n` and prints its lines (or why it could not run).
    static func runInPrivateNamespace() {
        print("VRRP advert path over real raw sockets (a veth pair in a private network namespace):")
        guard let executable = System.executablePath() else {
            print("  skipped: no path to this executable")
            return
        }
        do throws(LabCommandError) {
            print(try LabShell().run(["unshare", "-n", executable, childFlag]), terminator: "")
        } catch {
            print("  skipped (needs root): \(error)")
        }
    }

    /// The child: inside the private namespace.
    static func run() async throws {
        let (masterIndex, backupIndex) = try makeVethPair()
        let socketSide = try socketsAlone(masterIndex: masterIndex, backupIndex: backupIndex)
        print(
            "  sockets alone: \(socketSide.sent.adverts) sent, \(format(socketSide.sent.perAdvert)) allocations per send; \(socketSide.received.adverts) received, \(format(socketSide.received.perAdvert)) per receive"
        )
        let master = try await measureMaster(masterIndex: masterIndex)
        print(
            "  master: \(master.adverts) adverts sent, \(master.allocations) allocations, \(format(master.perAdvert)) per advert sent"
        )
        let backup = try await measureBackup(
            masterIndex: masterIndex, backupIndex: backupIndex, masterPerAdvert: master.perAdvert)
        print(
            "  backup: \(backup.figure.adverts) adverts received, \(backup.figure.allocations) allocations (\(backup.whole) in the whole process, less the master's), \(format(backup.figure.perAdvert)) per advert received"
        )
    }

    private static func makeVethPair() throws -> (InterfaceIndex, InterfaceIndex) {
        let shell = LabShell()
        let (a, b) = (masterEnd.rawValue, backupEnd.rawValue)
        try shell.run(["ip", "link", "set", "lo", "up"])
        try shell.run(["ip", "link", "add", a, "type", "veth", "peer", "name", b])
        try shell.run(["ip", "address", "add", "\(masterAddress)/24", "dev", a])
        try shell.run(["ip", "address", "add", "\(backupAddress)/24", "dev", b])
        // Both ends are in this namespace, so the master's source is a local address where the backup
        // receives: without accept_local the kernel drops the adverts as martians (this namespace only).
        try shell.run(["sysctl", "-qw", "net.ipv4.conf.\(b).accept_local=1", "net.ipv4.conf.\(b).rp_filter=0",
            "net.ipv4.conf.all.rp_filter=0",
        ])
        try shell.run(["ip", "link", "set", a, "up"])
        try shell.run(["ip", "link", "set", b, "up"])
        return (
            InterfaceIndex(Int32(System.interfaceIndex(named: a))), InterfaceIndex(Int32(System.interfaceIndex(named: b)))
        )
    }

    static func specification(_ interface: InterfaceName, _ index: InterfaceIndex, source: IPv4Address)
        -> VRRPSocketSpecification
    {
        VRRPSocketSpecification(
            interface: interface, interfaceIndex: index, family: .inet,
            mode: .multicast(group: AdvertPathBenchmark.group), source: .v4(source))
    }

    /// `RawVRRPSocket.send` then `receive` (spinning on the non-blocking socket until the datagram is
    /// there), `socketLoopCount` times after as many of warm-up; each call's allocations counted apart.
    private static func socketsAlone(masterIndex: InterfaceIndex, backupIndex: InterfaceIndex) throws
        -> (sent: AdvertPathBenchmark.Figure, received: AdvertPathBenchmark.Figure)
    {
        let sender = try RawVRRPSocket(
            .multicast(family: .inet, interfaceIndex: masterIndex, sourceAddress: .v4(masterAddress)))
        let receiver = try RawVRRPSocket(
            .multicast(family: .inet, interfaceIndex: backupIndex, sourceAddress: .v4(backupAddress)))
        defer {
            sender.close()
            receiver.close()
        }
        // The engine's encoded adverts: shared arrays, sent again and again.
        let payloads = AdvertPathBenchmark.peerAdverts().map(\.payload)
        var sent = AdvertPathBenchmark.Figure(adverts: 0, allocations: 0)
        var received = AdvertPathBenchmark.Figure(adverts: 0, allocations: 0)
        for round in 0..<2 {
            sent = AdvertPathBenchmark.Figure(adverts: 0, allocations: 0)
            received = AdvertPathBenchmark.Figure(adverts: 0, allocations: 0)
            for index in 0..<socketLoopCount {
                let before = vigil_allocations()
                try sender.sendToGroup(payloads[index % payloads.count])
                let between = vigil_allocations()
                var datagram: ReceivedVRRPDatagram?
                let deadline = ContinuousClock.now + .seconds(1)
                while datagram == nil && ContinuousClock.now < deadline { datagram = try receiver.receive() }
                let after = vigil_allocations()
                guard datagram != nil || index > 0 else {
                    print("  sockets alone: nothing arrived in 1 s on \(backupEnd)")
                    return (sent, received)
                }
                guard round == 1 else { continue }
                sent.adverts += 1
                sent.allocations += between - before
                // A datagram the kernel dropped (none should be) is not counted as received.
                received.adverts += datagram == nil ? 0 : 1
                received.allocations += after - between
            }
        }
        return (sent, received)
    }

    private struct Node {
        let network: CountedNetwork
        let loop: RuntimeLoop<EngineEvent, EngineEffect>
        let running: Task<Void, Never>

        func stop() async {
            loop.inbox.post(.command(.stop))
            await running.value
            network.inner.close()
        }
    }

    private static func start(
        _ interface: InterfaceName, _ index: InterfaceIndex, source: IPv4Address, priority: UInt8,
        reactor: VRRPReactor
    ) throws -> Node {
        let network = CountedNetwork(
            try RawSocketVRRPNetwork([specification(interface, index, source: source)], reactor: reactor))
        let ports = RuntimePorts(
            network: network, addresses: QuietAddresses(), announcer: QuietAnnouncer(), links: QuietLinks(),
            scripts: QuietScripts(), clock: reactor, log: QuietLog())
        let loop = RuntimeLoop(ports: ports, executor: reactor)
        let engine = VRRPEngine(
            configuration: EngineConfiguration(
                instances: AdvertPathBenchmark.instances(priority: priority, interface: interface, source: .v4(source))),
            linkStates: [interface: true])
        return Node(network: network, loop: loop, running: Task { _ = await loop.run(engine) })
    }

    private static func measureMaster(
        masterIndex: InterfaceIndex, warmUp: Duration = .seconds(6), window: Duration = .seconds(5)
    ) async throws -> AdvertPathBenchmark.Figure {
        let reactor = try VRRPReactor()
        let master = try start(masterEnd, masterIndex, source: masterAddress, priority: 200, reactor: reactor)
        try await reactor.sleep(until: reactor.now + warmUp)
        let (sentBefore, allocationsBefore) = (master.network.sent.value, vigil_allocations())
        try await reactor.sleep(until: reactor.now + window)
        let (sentAfter, allocationsAfter) = (master.network.sent.value, vigil_allocations())
        await master.stop()
        return AdvertPathBenchmark.Figure(adverts: sentAfter - sentBefore, allocations: allocationsAfter - allocationsBefore)
    }

    private static func measureBackup(
        masterIndex: InterfaceIndex, backupIndex: InterfaceIndex, masterPerAdvert: Double,
        warmUp: Duration = .seconds(6), window: Duration = .seconds(5)
    ) async throws -> (figure: AdvertPathBenchmark.Figure, whole: UInt64) {
        let (masterReactor, backupReactor) = (try VRRPReactor(), try VRRPReactor())
        let master = try start(masterEnd, masterIndex, source: masterAddress, priority: 200, reactor: masterReactor)
        // The backup starts once the master is sending, so it never has cause to become master.
        try await masterReactor.sleep(until: masterReactor.now + .milliseconds(200))
        let backup = try start(backupEnd, backupIndex, source: backupAddress, priority: 100, reactor: backupReactor)
        try await backupReactor.sleep(until: backupReactor.now + warmUp)
        let (sentBefore, inBefore, allocationsBefore) = (
            master.network.sent.value, backup.network.delivered.value,
            vigil_allocations()
        )
        try await backupReactor.sleep(until: backupReactor.now + window)
        let (sentAfter, inAfter, allocationsAfter) = (
            master.network.sent.value, backup.network.delivered.value,
            vigil_allocations()
        )
        await backup.stop()
        await master.stop()
        let whole = allocationsAfter - allocationsBefore
        let masters = UInt64((masterPerAdvert * Double(sentAfter - sentBefore)).rounded())
        let figure = AdvertPathBenchmark.Figure(
            adverts: inAfter - inBefore, allocations: whole > masters ? whole - masters : 0)
        return (figure, whole)
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
