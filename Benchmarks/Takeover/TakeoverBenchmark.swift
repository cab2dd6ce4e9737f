import Daemon
import Engine
import Glibc
import LinuxPlatform
import Logging
import NetworkPrimitives
import Runtime
import Synchronization
import VRRP

/// One takeover of `instanceCount` VRRPv3 instances at advert_int 0.05 s, as the soak's lb2 does it:
/// the daemon's `PublishingEngine` (engine, status board, systemd status line) on the real `RuntimeLoop`
/// and `VRRPEffectInterpreter` on a `VRRPReactor` thread, with the daemon's ports where a transition
/// uses them: rtnetlink VIP adds (`NetlinkVirtualAddressTable`), GARPs (`NeighborAnnouncer`), raw VRRP
/// socket sends, the rtnetlink link monitor, log lines through swift-log to a file, notify FIFO lines
/// to a FIFO a reader drains.
/// The bench hands in a peer's adverts (priority 150) every interval, so the node is BACKUP; then it
/// stops and times the takeover: Master_Down due -> step start -> each instance's advert, VIP added,
/// first GARP, FIFO line; from the second round on, also the masters' step-down when the peer's
/// adverts come back (the last VIP removed after the first advert handed in).
enum TakeoverBenchmark {
    static let instanceCount = 200
    static let interval: Duration = .milliseconds(50)
    static let interface: InterfaceName = InterfaceName(TakeoverNamespace.interface)
    static let source = IPAddress.v4(IPv4Address(10, 99, 0, 2))
    static let peer = IPAddress.v4(IPv4Address(10, 99, 0, 3))
    static let group = IPAddress.v4(IPv4Address.vrrpMulticastGroup)
    static let directory = "/var/tmp/vigil-bench-takeover"

    static func configuration() -> EngineConfiguration {
        let instances = (1...instanceCount).map { vrid in
            let vip = VirtualAddress(
                prefix: IPPrefix(address: .v4(IPv4Address(10, 98, 0, UInt8(vrid))), length: 32), interface: interface)
            let vrrp = VRRPInstanceConfiguration(
                name: "VI_\(vrid)", virtualRouterID: UInt8(vrid), version: .v3, interface: interface, priority: 100,
                advertisementInterval: interval, virtualAddresses: [vip.prefix], sourceAddress: source)
            return EngineInstance(vrrp: vrrp, addresses: [vip])
        }
        var configuration = EngineConfiguration(instances: instances)
        configuration.writesNotifyFIFO = true
        return configuration
    }

    /// The peer's adverts, as the raw socket would deliver them.
    static func peerAdverts() -> [ReceivedVRRPPacket] {
        (1...instanceCount).map { vrid in
            let advert = VRRPAdvertisement(
                version: .v3, virtualRouterID: UInt8(vrid), priority: 150, advertisementInterval: interval,
                addresses: [.v4(IPv4Address(10, 98, 0, UInt8(vrid)))])
            let payload = VRRPCodec.encode(
                advert, family: .inet, checksum: VRRPChecksumContext(source: peer, destination: group))
            return ReceivedVRRPPacket(
                interface: interface, source: peer, destination: group, hopLimit: 255, payload: payload,
                ipv4HeaderLength: 20, ipv4TotalLength: 20 + payload.count)
        }
    }

    static func run(rounds: Int) async throws {
        mkdir(directory, 0o755)
        let logPath = directory + "/vrrp.log"
        let fifoPath = directory + "/notify.fifo"
        unlink(fifoPath)
        let logDescriptor = open(logPath, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)
        var logger = Logger(label: "Keepalived_vrrp") { _ in
            VigilLogHandler(output: ConsoleLogOutput(descriptor: logDescriptor))
        }
        logger.logLevel = .info
        let log = SwiftLogSink(logger: logger)
        let writer = NotifyFIFOWriter(paths: [fifoPath], log: log)
        defer { writer.close() }
        // The reader ends by itself when this process (the FIFO's last writer) exits.
        _ = system("cat \(fifoPath) > /dev/null &")

        let platform = try PlatformServices.open()
        defer { platform.close() }
        let reactor = try VRRPReactor()
        let index = try platform.directory.index(of: interface)
        let sockets = try RawSocketVRRPNetwork(
            [VRRPSocketSpecification(interface: interface, interfaceIndex: index, family: .inet, mode: .multicast(group: group))],
            reactor: reactor)
        defer { sockets.close() }
        let timeline = TakeoverTimeline()
        let network = TimedNetwork(inner: sockets, timeline: timeline, clock: reactor)
        let ports = RuntimePorts(
            network: network,
            addresses: TimedAddresses(
                inner: NetlinkVirtualAddressTable(table: platform.addresses, directory: platform.directory),
                timeline: timeline, clock: reactor),
            announcer: TimedAnnouncer(
                inner: NeighborAnnouncer(
                    directory: platform.directory, arp: platform.arp, neighborAdvertisements: platform.neighborAdvertisements),
                timeline: timeline, clock: reactor),
            links: NetlinkInterfaceMonitor(monitor: platform.monitor, directory: platform.directory, loop: platform.loop),
            scripts: NoScripts(), clock: reactor, log: log,
            fifo: TimedFIFO(inner: writer.lines(to: [fifoPath]), timeline: timeline, clock: reactor))
        let loop = RuntimeLoop(ports: ports, executor: reactor)
        // As the daemon wires it (VigilDaemon.serve).
        let notifier = SystemdNotifier.fromEnvironment()
        let board = StatusBoard(routerID: "bench")
        var published = PublishingEngine(
            engine: VRRPEngine(configuration: configuration(), linkStates: [interface: true]), board: board,
            feed: TransitionFeed())
        published.statesChanged = { notifier.status(board.document().serviceStatusLine) }
        let running = Task { _ = await loop.run(TimedCore(inner: published, timeline: timeline, clock: reactor)) }

        let feeding = Atomic<Bool>(true)
        let lastFed = Mutex<MonotonicInstant?>(nil)
        let firstFed = Mutex<MonotonicInstant?>(nil)
        let adverts = peerAdverts()
        let feeder = Task(executorPreference: reactor) {
            var next = reactor.now
            while !Task.isCancelled {
                if feeding.load(ordering: .relaxed), let deliver = network.handler.withLock({ $0 }) {
                    let start = reactor.now
                    firstFed.withLock { $0 = $0 ?? start }
                    for advert in adverts { deliver(advert) }
                    lastFed.withLock { $0 = reactor.now }
                }
                next = next + interval
                try? await reactor.sleep(until: next)
            }
        }

        print(
            "takeover of \(instanceCount) VRRPv3 instances, advert_int 0.05 s, Master_Down_Interval \(masterDown) (priority 100)"
        )
        print("log \(logPath), notify FIFO \(fifoPath); times in ms from the first instance's Master_Down deadline")
        var results: [TakeoverRound] = []
        var stepDowns: [Double] = []
        for round in 1...rounds {
            firstFed.withLock { $0 = nil }
            feeding.store(true, ordering: .relaxed)
            // Long enough for a master to hear the peer and step down, and for the board to be quiet.
            try await reactor.sleep(until: reactor.now + .seconds(2))
            feeding.store(false, ordering: .relaxed)
            // The masters of the last round stepping down on the peer's adverts, one step per advert.
            if let first = firstFed.withLock({ $0 }) {
                let removed = timeline.take(since: first).compactMap { mark -> MonotonicInstant? in
                    if case .vipRemoved = mark.kind { mark.at } else { nil }
                }
                if removed.count == instanceCount, let last = removed.max() {
                    let milliseconds = TakeoverRound.milliseconds(from: first, to: last)
                    stepDowns.append(milliseconds)
                    print("round \(round): step-down, last of \(instanceCount) VIPs removed \(TakeoverRound.text(milliseconds)) ms after the first advert handed in")
                }
            }
            try await reactor.sleep(until: reactor.now + interval)
            guard let fed = lastFed.withLock({ $0 }) else { continue }
            _ = timeline.take(since: reactor.now + .seconds(3600))
            let end = reactor.now + .seconds(3)
            // Wait for every instance's first GARP, as the takeover's last effect of each.
            var marks: [TakeoverTimeline.Mark] = []
            while reactor.now < end {
                try await reactor.sleep(until: reactor.now + .milliseconds(20))
                let taken = timeline.take(since: fed)
                marks += taken
                let announced = Set(marks.compactMap { if case .garp(let vrid) = $0.kind { vrid } else { nil } })
                if announced.count == instanceCount { break }
            }
            guard let result = TakeoverRound(marks: marks, instanceCount: instanceCount) else {
                print("round \(round): no complete takeover seen within 3 s")
                continue
            }
            print("round \(round): " + result.line)
            results.append(result)
        }
        feeder.cancel()
        _ = await feeder.value
        loop.inbox.post(.command(.stop))
        _ = await running.value
        if !results.isEmpty { print("median: " + TakeoverRound.median(results).line) }
        if !stepDowns.isEmpty {
            print("median step-down: last VIP removed \(TakeoverRound.text(stepDowns.sorted()[stepDowns.count / 2])) ms after the first advert")
        }
    }

    static var masterDown: String {
        let duration = VRRPTiming.masterDownInterval(
            priority: 100, version: .v3, masterAdvertisementInterval: interval, downTimerAdverts: 3)
        return TakeoverRound.milliseconds(duration)
    }
}
