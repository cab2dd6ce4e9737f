import NetworkPrimitives
import TestSupport
import VRRP

/// One seeded random run: 2-4 routers with random priorities, intervals, version, delays and
/// nopreempt, disturbed by crashes, restarts, graceful shutdowns, partitions and lossy periods.
struct RandomizedRun {
    let seed: UInt64
    var lan: SimulatedLAN
    /// Partitions and lossy periods, during which the invariants are suspended.
    var disturbances: [Range<MonotonicInstant>] = []
    /// (time, names of the running routers) after every disturbance.
    var running: [(time: MonotonicInstant, names: Set<String>)] = []
    let maximumInterval: Duration
    let maximumDelay: Duration
    let maximumMasterDownInterval: Duration
    let end = MonotonicInstant.seconds(60)

    /// With `mixedVersions` the last router speaks the other version: a misconfiguration that
    /// must show up as a violation (so the checker is known to catch one).
    init(seed: UInt64, mixedVersions: Bool = false) {
        self.seed = seed
        var random = SplitMix64(seed: seed)
        let version: VRRPVersion = Bool.random(using: &random) ? .v2 : .v3
        let count = Int.random(in: 2...4, using: &random)
        let v2Interval = Duration.seconds(Int.random(in: 1...2, using: &random))
        let v3Intervals: [Duration] = [.milliseconds(200), .milliseconds(500), .seconds(1)]
        var nodes: [SimulatedNode] = []
        var intervals: [Duration] = []
        var priorities: [UInt8] = []
        for number in 1...count {
            let interval = version == .v2 ? v2Interval : v3Intervals.randomElement(using: &random)!
            let owner = number == 1 && Int.random(in: 0..<10, using: &random) == 0
            let priority = owner ? 255 : UInt8.random(in: 1...254, using: &random)
            let other: VRRPVersion = version == .v2 ? .v3 : .v2
            let instance = SimulationFixture.instance(
                priority: priority, version: mixedVersions && number == count ? other : version,
                interval: version == .v2 ? v2Interval : interval,
                preempt: owner || Int.random(in: 0..<5, using: &random) != 0)
            nodes.append(SimulationFixture.node("R\(number)", UInt8(number), [instance]))
            intervals.append(interval)
            priorities.append(priority)
        }
        let delay = Duration.microseconds(Int64.random(in: 100...20_000, using: &random))
        lan = SimulatedLAN(nodes: nodes, seed: random.next(), delay: delay / 2...delay)
        lan.recordsActions = false
        maximumInterval = intervals.max()!
        maximumDelay = delay
        maximumMasterDownInterval = priorities.map {
            VRRPTiming.masterDownInterval(
                priority: $0, version: version, masterAdvertisementInterval: intervals.max()!, downTimerAdverts: 3)
        }.max()!
        self.random = random
    }

    private var random: SplitMix64

    /// Runs the whole scenario: a disturbance every few seconds, then a quiet tail.
    mutating func play() {
        lan.start()
        noteRunning()
        while lan.now < end - .seconds(10) {
            lan.run(for: .milliseconds(Int64.random(in: 2_000...6_000, using: &random)))
            disturb()
        }
        lan.run(until: end)
    }

    private mutating func disturb() {
        let names = lan.nodes.map(\.name)
        let up = lan.nodes.filter(\.isRunning).map(\.name)
        let down = lan.nodes.filter { !$0.isRunning }.map(\.name)
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where up.count > 1: lan.crash(up.randomElement(using: &random)!)
        case 1 where up.count > 1: lan.shutdown(up.randomElement(using: &random)!)
        case 2 where !down.isEmpty, 3 where !down.isEmpty: lan.restart(down.randomElement(using: &random)!)
        case 4:
            let split = names.shuffled(using: &random)
            let cut = Int.random(in: 1..<split.count, using: &random)
            window {
                $0.partition([Array(split[..<cut]), Array(split[cut...])])
            } undo: {
                $0.heal()
            }
        default:
            let loss = Double.random(in: 0.1...0.6, using: &random)
            window {
                $0.loss = loss
            } undo: {
                $0.loss = 0
            }
        }
        noteRunning()
    }

    private mutating func window(_ apply: (inout SimulatedLAN) -> Void, undo: (inout SimulatedLAN) -> Void) {
        let start = lan.now
        apply(&lan)
        lan.run(for: .milliseconds(Int64.random(in: 1_000...5_000, using: &random)))
        undo(&lan)
        disturbances.append(start..<lan.now)
    }

    private mutating func noteRunning() {
        running.append((lan.now, Set(lan.nodes.filter(\.isRunning).map(\.name))))
    }
}
