import Engine
import NetworkPrimitives
import Synchronization
import Testing
import VRRP

@testable import Daemon

/// One instance, VI_1 on eth0, priority 101: alone, it becomes MASTER when its Master_Down timer fires.
enum LoneInstance {
    static func engine() -> VRRPEngine {
        let vrrp = VRRPInstanceConfiguration(
            name: "VI_1", virtualRouterID: 51, version: .v2, interface: "eth0", priority: 101,
            virtualAddresses: [IPPrefix("10.99.0.100/24")!], sourceAddress: IPAddress("10.99.0.2")!)
        let instance = EngineInstance(
            vrrp: vrrp, addresses: [VirtualAddress(prefix: IPPrefix("10.99.0.100/24")!, interface: "eth0")],
            notify: .none)
        return VRRPEngine(configuration: EngineConfiguration(instances: [instance]), linkStates: ["eth0": true])
    }

    /// Runs the core's deadlines until `end`.
    static func run<Core: EventProcessor>(_ core: inout Core, until end: MonotonicInstant)
    where Core.Event == EngineEvent {
        while let deadline = core.nextDeadline, deadline <= end { _ = core.handle(.deadlineReached, now: deadline) }
    }
}

@Suite struct PublishingEngineTests {
    @Test func theBoardGetsEachTransitionWithTheEnginesReason() throws {
        let board = StatusBoard(routerID: "r", usage: { (1.5, 4096) })
        var core = PublishingEngine(engine: LoneInstance.engine(), board: board)
        _ = core.start(now: .zero)
        LoneInstance.run(&core, until: .zero + .seconds(4))
        let document = board.document()
        let instance = try #require(document.instances.first)
        #expect(instance.state == .master)
        #expect(instance.lastTransition?.reason == "Receive advertisement timeout")
        #expect(instance.counters.transitions == ["startup": 1, "master_down_timer": 1])
        let recent = try #require(document.recentTransitions)
        #expect(recent.map(\.transition.to) == [.master, .backup])
        #expect(recent.map(\.transition.reason) == ["Receive advertisement timeout", "Entering BACKUP STATE (init)"])
        #expect(document.process?.cpuSeconds == 1.5 && document.process?.residentBytes == 4096)
        let metrics = document.prometheusText()
        #expect(metrics.contains(#"vigil_vrrp_transitions_total{instance="VI_1",reason="master_down_timer"} 1"#))
        #expect(metrics.contains("process_resident_memory_bytes 4096"))
        #expect(metrics.contains("process_cpu_seconds_total 1.5"))
    }

    /// A master's advert steps change nothing but counters: the board takes them within
    /// `quietPublishInterval`, through the core's own deadline when no other step comes, and not on
    /// every advert.
    @Test func quietStepsReachTheBoardWithinTheIntervalNotOnEveryAdvert() throws {
        let board = StatusBoard(routerID: "r", usage: { (0, 0) })
        var core = PublishingEngine(engine: LoneInstance.engine(), board: board)
        _ = core.start(now: .zero)
        LoneInstance.run(&core, until: .zero + .seconds(4))
        let sentAtFour = try #require(board.document().instances.first).counters.advertisementsSent
        // Each advert (1 s apart) is a quiet step: the first after the board was current only sets the
        // publish deadline, which comes before the next advert and publishes.
        let advert = try #require(core.engine.nextDeadline)
        _ = core.handle(.deadlineReached, now: advert)
        let due = try #require(core.quietPublishDue)
        #expect(due == advert + PublishingEngine.quietPublishInterval)
        #expect(core.nextDeadline == due)
        #expect(try #require(board.document().instances.first).counters.advertisementsSent == sentAtFour)
        _ = core.handle(.deadlineReached, now: due)
        #expect(core.quietPublishDue == nil)
        #expect(try #require(board.document().instances.first).counters.advertisementsSent == sentAtFour + 1)
    }

    /// A step that changes a state is published (board, feed, status line) with the loop's next step,
    /// due at once: the loop carries out the step's effects (a takeover's adverts, VIPs, GARPs) first.
    @Test func aTransitionIsPublishedWithTheNextStepDueAtOnce() throws {
        let board = StatusBoard(routerID: "r", usage: { (0, 0) })
        let noticed = Mutex(0)
        var core = PublishingEngine(engine: LoneInstance.engine(), board: board)
        core.statesChanged = { noticed.withLock { $0 += 1 } }
        _ = core.start(now: .zero)
        let masterDown = try #require(core.engine.nextDeadline)
        let effects = core.handle(.deadlineReached, now: masterDown)
        #expect(effects.contains { if case .addAddress = $0 { true } else { false } })
        #expect(core.nextDeadline == masterDown)
        #expect(try #require(board.document().instances.first).state == .backup)
        #expect(noticed.withLock { $0 } == 0)
        _ = core.handle(.deadlineReached, now: masterDown)
        #expect(try #require(board.document().instances.first).state == .master)
        #expect(noticed.withLock { $0 } == 1)
        #expect(core.quietPublishDue == nil)
    }

    /// A burst of steps that change states (one per received advert, link event, ...) is published once
    /// after it, and along the way only when it lasts longer than `quietPublishInterval`.
    @Test func aBurstOfChangesIsPublishedOnceAfterIt() throws {
        let board = StatusBoard(routerID: "r", usage: { (0, 0) })
        let noticed = Mutex(0)
        var core = PublishingEngine(engine: LoneInstance.engine(), board: board)
        core.statesChanged = { noticed.withLock { $0 += 1 } }
        _ = core.start(now: .zero)
        let start = MonotonicInstant.zero + .seconds(1)
        for step in 0..<4 {
            _ = core.handle(.linkChanged("eth0", isUp: step % 2 == 1), now: start + .milliseconds(step))
        }
        #expect(noticed.withLock { $0 } == 0)
        #expect(core.nextDeadline == start)
        _ = core.handle(.deadlineReached, now: start + .milliseconds(4))
        #expect(noticed.withLock { $0 } == 1)
        #expect(try #require(board.document().instances.first).state == .backup)

        let later = start + .seconds(1)
        _ = core.handle(.linkChanged("eth0", isUp: false), now: later)
        _ = core.handle(.linkChanged("eth0", isUp: true), now: later + .milliseconds(50))
        #expect(noticed.withLock { $0 } == 1)
        _ = core.handle(.linkChanged("eth0", isUp: false), now: later + PublishingEngine.quietPublishInterval)
        #expect(noticed.withLock { $0 } == 2)
        #expect(try #require(board.document().instances.first).state == .fault)
    }

    @Test func theDataPlaneIsShownByItsRealNameAndState() {
        let state = Mutex<(name: String, state: String)?>(nil)
        let board = StatusBoard(routerID: "r", dataPlane: "starting", dataPlaneReport: { state.withLock { $0 } })
        #expect(board.document().dataPlane == "starting" && board.document().dataPlaneState == nil)
        state.withLock { $0 = ("nftables (IPVS unavailable: ip_vs not loaded)", "failing: nft exited 1") }
        let document = board.document()
        #expect(document.dataPlane == "nftables (IPVS unavailable: ip_vs not loaded)")
        #expect(document.dataPlaneState == "failing: nft exited 1")
        #expect(document.prometheusText().contains(#"vigil_info{router_id="r",data_plane="nftables"} 1"#))
        #expect(document.prometheusText().contains("vigil_data_plane_in_sync 0"))
    }

    @Test func routerIDFollowsAnUpdate() {
        let board = StatusBoard(routerID: "before")
        board.update(routerID: "after")
        #expect(board.document().routerID == "after")
        #expect(board.document().prometheusText().contains(#"router_id="after""#))
    }
}

@Suite struct RealServerMetricsTests {
    @Test func checkDurationsAreAPrometheusHistogramAndChangesAreCounted() {
        var real = StatusDocument.RealServer(
            name: "[10.0.1.1]:tcp:80", address: "10.0.1.1", port: 80, alive: false, inPool: false, weight: 1,
            configuredWeight: 1)
        var histogram = DurationHistogram(bounds: [0.01, 0.1])
        histogram.observe(0.005)
        histogram.observe(0.05)
        histogram.observe(3)
        real.checkDurations = StatusDocument.Histogram(histogram)
        real.checkFailures = 2
        real.upTransitions = 1
        real.downTransitions = 2
        real.lastChangeSecondsAgo = 10
        let server = StatusDocument.VirtualServer(
            name: "[10.0.0.1]:tcp:80", scheduler: "rr", forwarding: "NAT", realServers: [real])
        let text = StatusDocument(routerID: "r", generatedAt: 1_000, virtualServers: [server]).prometheusText()
        let labels = #"virtual_server="[10.0.0.1]:tcp:80",real_server="[10.0.1.1]:tcp:80""#
        for line in [
            "# TYPE vigil_real_server_check_duration_seconds histogram",
            "vigil_real_server_check_duration_seconds_bucket{\(labels),le=\"0.01\"} 1",
            "vigil_real_server_check_duration_seconds_bucket{\(labels),le=\"0.1\"} 2",
            "vigil_real_server_check_duration_seconds_bucket{\(labels),le=\"+Inf\"} 3",
            "vigil_real_server_check_duration_seconds_sum{\(labels)} 3.055",
            "vigil_real_server_check_duration_seconds_count{\(labels)} 3",
            "vigil_real_server_check_failures_total{\(labels)} 2",
            "vigil_real_server_transitions_total{\(labels),to=\"up\"} 1",
            "vigil_real_server_transitions_total{\(labels),to=\"down\"} 2",
            "vigil_real_server_last_change_timestamp_seconds{\(labels)} 990",
            #"vigil_virtual_server_active_real_servers{virtual_server="[10.0.0.1]:tcp:80"} 0"#,
        ] {
            #expect(text.split(separator: "\n").contains(Substring(line)), "\(line)")
        }
    }
}
