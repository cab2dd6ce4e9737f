import AllocationCounter
import Engine
import NetworkPrimitives
import Runtime
import VRRP

/// Allocations per advertisement of the loop's step alone: `VRRPEngine.handle(_:now:into:)` into one
/// buffer kept for the run, `VRRPEffectInterpreter.apply` on it, the buffer emptied with its storage
/// kept, as `RuntimeLoop` does for each event. No inbox, timer or reactor: time is the engine's own
/// deadlines (master) or advances one advert interval per round of adverts (backup), so the figure is
/// the engine's and the interpreter's, not the wake-ups'. Same instances as `AdvertPathBenchmark`;
/// the warm-up passes `garp_master_delay`'s second batch of announcements (5 s after MASTER).
enum EngineStepBenchmark {
    static let warmUp: Duration = .seconds(6)
    static let window: Duration = .seconds(10)

    static func measure(master: Bool) async -> AdvertPathBenchmark.Figure {
        let network = CountingNetwork()
        let ports = RuntimePorts(
            network: network, addresses: QuietAddresses(), announcer: QuietAnnouncer(), links: QuietLinks(),
            scripts: QuietScripts(), clock: ContinuousMonotonicClock(), log: QuietLog())
        let interpreter = VRRPEffectInterpreter(ports: ports)
        let inbox = Inbox<EngineEvent>()
        var engine = VRRPEngine(
            configuration: EngineConfiguration(
                instances: AdvertPathBenchmark.instances(priority: master ? 200 : 100)),
            linkStates: ["eth0": true])
        let adverts = AdvertPathBenchmark.peerAdverts()
        let end = MonotonicInstant.zero + warmUp + window
        var counted = (adverts: 0, allocations: UInt64(0))
        await withDiscardingTaskGroup { tasks in
            await interpreter.apply(engine.start(now: .zero), inbox: inbox, tasks: &tasks)
            var effects: [EngineEffect] = []
            var now = MonotonicInstant.zero
            var measuring = false
            var (sentBefore, allocationsBefore) = (0, UInt64(0))
            while now < end {
                if !measuring && now >= .zero + warmUp {
                    measuring = true
                    (sentBefore, allocationsBefore) = (network.sent.load(ordering: .relaxed), vigil_allocations())
                }
                if master {
                    guard let deadline = engine.nextDeadline else { break }
                    now = max(now, deadline)
                    engine.handle(.deadlineReached, now: now, into: &effects)
                    await interpreter.apply(effects, inbox: inbox, tasks: &tasks)
                    effects.removeAll(keepingCapacity: true)
                } else {
                    for advert in adverts {
                        engine.handle(.packetReceived(advert), now: now, into: &effects)
                        await interpreter.apply(effects, inbox: inbox, tasks: &tasks)
                        effects.removeAll(keepingCapacity: true)
                    }
                    if measuring { counted.adverts += adverts.count }
                    now = now + AdvertPathBenchmark.interval
                }
            }
            counted.allocations = vigil_allocations() - allocationsBefore
            if master { counted.adverts = network.sent.load(ordering: .relaxed) - sentBefore }
        }
        return AdvertPathBenchmark.Figure(adverts: counted.adverts, allocations: counted.allocations)
    }

    static func run() async {
        print("The loop's step alone (engine into one buffer, interpreter, no inbox or timer), \(window) of engine time:")
        let master = await measure(master: true)
        print(
            "  master: \(master.adverts) adverts sent, \(master.allocations) allocations, \(AdvertPathBenchmark.format(master.perAdvert)) per advert sent"
        )
        let backup = await measure(master: false)
        print(
            "  backup: \(backup.adverts) adverts received, \(backup.allocations) allocations, \(AdvertPathBenchmark.format(backup.perAdvert)) per advert received"
        )
    }
}
