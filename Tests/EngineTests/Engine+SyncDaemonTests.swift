import Engine
import NetworkPrimitives
import Testing
import VRRP

/// `lvs_sync_daemon`: the IPVS sync daemons follow the named instance as keepalived 2.2.7 drives them.
@Suite struct EngineSyncDaemonTests {
    typealias F = EngineFixture

    static let settings = SyncDaemonSettings(interface: "eth1", syncID: 51, port: 8849, ttl: 2)

    private func engine(instance: String? = "VI_1", priority: UInt8 = 101) -> VRRPEngine {
        var configuration = EngineConfiguration(instances: [F.instance(priority: priority)])
        configuration.syncDaemon = EngineSyncDaemon(instance: instance, settings: Self.settings)
        return VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
    }

    private func start(_ role: SyncDaemonRole) -> EngineEffect { .syncDaemon(SyncDaemonCommand(.start, role, Self.settings)) }
    private func stop(_ role: SyncDaemonRole) -> EngineEffect { .syncDaemon(SyncDaemonCommand(.stop, role, Self.settings)) }

    @Test func theDesiredDaemonsPerInstanceState() {
        let named = EngineSyncDaemon(instance: "VI_1", settings: Self.settings)
        let unnamed = EngineSyncDaemon(instance: nil, settings: Self.settings)
        #expect(SyncDaemonPlan.roles(for: named, instanceState: .master, stopping: false) == [.master])
        for state in [VRRPState.backup, .fault, .initialize] {
            #expect(SyncDaemonPlan.roles(for: named, instanceState: state, stopping: false) == [.backup])
        }
        #expect(SyncDaemonPlan.roles(for: named, instanceState: nil, stopping: false) == [])
        #expect(SyncDaemonPlan.roles(for: named, instanceState: .master, stopping: true) == [])
        #expect(SyncDaemonPlan.roles(for: unnamed, instanceState: nil, stopping: false) == [.master, .backup])
        #expect(SyncDaemonPlan.roles(for: unnamed, instanceState: nil, stopping: true) == [])
    }

    @Test func commandsStopBeforeTheyStartAndLeaveRunningDaemonsAlone() {
        let commands = SyncDaemonPlan.commands(from: [.backup], to: [.master], settings: Self.settings)
        #expect(commands == [SyncDaemonCommand(.stop, .backup, Self.settings), SyncDaemonCommand(.start, .master, Self.settings)])
        #expect(SyncDaemonPlan.commands(from: [.backup], to: [.backup], settings: Self.settings).isEmpty)
    }

    @Test func startClearsLeftoversThenRunsTheBackupDaemonUntilMasterThenSwaps() {
        var engine = engine()
        let started = engine.start(now: .zero).actions
        let daemons = started.filter { if case .syncDaemon = $0 { true } else { false } }
        #expect(daemons == [stop(.master), stop(.backup), start(.backup)])
        let becoming = F.run(&engine, until: .zero + .seconds(4))
        #expect(engine.router.state(of: "VI_1") == .master)
        let swap = becoming.filter { if case .syncDaemon = $0 { true } else { false } }
        #expect(swap == [stop(.backup), start(.master)])
    }

    @Test func leavingMasterForAHigherPriorityGoesBackToTheBackupDaemon() {
        var engine = engine()
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let yielded = engine.handle(.packetReceived(F.advert(priority: 200)), now: .zero + .seconds(5))
        #expect(engine.router.state(of: "VI_1") == .backup)
        #expect(yielded.filter { if case .syncDaemon = $0 { true } else { false } } == [stop(.master), start(.backup)])
    }

    @Test func aFaultFromBackupKeepsTheBackupDaemonAndAFaultFromMasterSwapsToIt() {
        var engine = engine()
        _ = engine.start(now: .zero)
        let down = engine.handle(.linkChanged("eth0", isUp: false), now: .zero + .milliseconds(100))
        #expect(engine.router.state(of: "VI_1") == .fault)
        #expect(!down.contains { if case .syncDaemon = $0 { true } else { false } })
        var master = self.engine()
        _ = master.start(now: .zero)
        _ = F.run(&master, until: .zero + .seconds(4))
        let fault = master.handle(.linkChanged("eth0", isUp: false), now: .zero + .seconds(5))
        #expect(fault.filter { if case .syncDaemon = $0 { true } else { false } } == [stop(.master), start(.backup)])
    }

    @Test func stoppingStopsTheRunningDaemonOnly() {
        var engine = engine()
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let stopped = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        #expect(stopped.filter { if case .syncDaemon = $0 { true } else { false } } == [stop(.master)])
    }

    @Test func withoutAnInstanceBothDaemonsRunWhateverTheState() {
        var engine = engine(instance: nil)
        let started = engine.start(now: .zero)
        #expect(started.filter { if case .syncDaemon = $0 { true } else { false } }
            == [stop(.master), stop(.backup), start(.master), start(.backup)])
        let becoming = F.run(&engine, until: .zero + .seconds(4))
        #expect(!becoming.contains { if case .syncDaemon = $0 { true } else { false } })
        let stopped = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        #expect(stopped.filter { if case .syncDaemon = $0 { true } else { false } } == [stop(.master), stop(.backup)])
    }

    @Test func aReloadWithNewSettingsRestartsTheDaemonAndAnUnchangedOneLeavesItAlone() {
        var engine = engine()
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let same = engine.reconfigure(to: engine.configuration, linkStates: ["eth0": true], now: .zero + .seconds(5))
        #expect(!same.contains { if case .syncDaemon = $0 { true } else { false } })
        var updated = engine.configuration
        var settings = Self.settings
        settings.syncID = 9
        updated.syncDaemon = EngineSyncDaemon(instance: "VI_1", settings: settings)
        let reloaded = engine.reconfigure(to: updated, linkStates: ["eth0": true], now: .zero + .seconds(6))
        #expect(reloaded.filter { if case .syncDaemon = $0 { true } else { false } }
            == [stop(.master), .syncDaemon(SyncDaemonCommand(.start, .master, settings))])
        updated.syncDaemon = nil
        let removed = engine.reconfigure(to: updated, linkStates: ["eth0": true], now: .zero + .seconds(7))
        #expect(removed.filter { if case .syncDaemon = $0 { true } else { false } }
            == [.syncDaemon(SyncDaemonCommand(.stop, .master, settings))])
    }
}

/// Issue 14 item 4: the returning director's preemption waits one sync refresh round.
@Suite struct EngineSyncRoundHoldTests {
    typealias F = EngineFixture

    private func configuration(preempt: Bool = true, preemptDelay: Duration = .zero) -> EngineConfiguration {
        var ext = F.instance(name: "VI_EXT")
        var int = F.instance(name: "VI_INT")
        var other = F.instance(name: "VI_OTHER")
        for index in [0, 1, 2] {
            switch index {
            case 0: ext.vrrp.preempt = preempt; ext.vrrp.preemptDelay = preemptDelay
            case 1: int.vrrp.preempt = preempt; int.vrrp.preemptDelay = preemptDelay
            default: other.vrrp.preempt = preempt
            }
        }
        var configuration = EngineConfiguration(
            instances: [ext, int, other],
            syncGroups: [EngineSyncGroup(vrrp: VRRPSyncGroupConfiguration(name: "VG1", members: ["VI_EXT", "VI_INT"]))])
        configuration.syncDaemon = EngineSyncDaemon(
            instance: "VI_INT", settings: SyncDaemonSettings(interface: "eth1", syncID: 7))
        return configuration
    }

    @Test func theFollowedInstanceAndItsSyncGroupWaitOneRoundAndNoOtherInstance() {
        var held = configuration()
        #expect(held.holdPreemption(forSyncRound: .seconds(4)) == ["VI_EXT", "VI_INT"])
        #expect(held.instances.map(\.vrrp.preemptDelay) == [.seconds(4), .seconds(4), .zero])
    }

    @Test func aLongerPreemptDelayAndNoPreemptAreKept() {
        var longer = configuration(preemptDelay: .seconds(10))
        #expect(longer.holdPreemption(forSyncRound: .seconds(4)).isEmpty)
        #expect(longer.instances[0].vrrp.preemptDelay == .seconds(10))
        var never = configuration(preempt: false)
        #expect(never.holdPreemption(forSyncRound: .seconds(4)).isEmpty)
    }

    @Test func aReturningHigherPriorityDirectorStaysBackupForTheRoundThenPreempts() {
        var configuration = EngineConfiguration(instances: [F.instance(priority: 150)])
        configuration.syncDaemon = EngineSyncDaemon(
            instance: "VI_1", settings: SyncDaemonSettings(interface: "eth1", syncID: 7))
        _ = configuration.holdPreemption(forSyncRound: .seconds(4))
        var engine = VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
        _ = engine.start(now: .zero)
        // The interim master (priority 100) advertises every second.
        var now = MonotonicInstant.zero
        var becameMasterAt: MonotonicInstant?
        while now < .zero + .seconds(12), becameMasterAt == nil {
            _ = engine.handle(.packetReceived(F.advert(priority: 100)), now: now)
            let next = now + .seconds(1)
            while let deadline = engine.nextDeadline, deadline <= next {
                _ = engine.handle(.deadlineReached, now: deadline)
                if engine.router.state(of: "VI_1") == .master { becameMasterAt = deadline; break }
            }
            now = next
        }
        let at = becameMasterAt ?? .zero
        #expect(becameMasterAt != nil && at >= .zero + .seconds(4), "master at \(at)")
    }
}
