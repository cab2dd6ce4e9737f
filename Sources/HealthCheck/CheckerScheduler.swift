import NetworkPrimitives

/// Runs every checker of the configuration. Checkers are keyed by what they probe and how often
/// (`CheckerKey`), so a real server checked the same way from several virtual servers is probed once
/// per interval and the result fans out to every subscriber (a real server within a virtual server).
public struct CheckerScheduler<Subscriber: Hashable & Sendable>: Sendable {
    public enum Event: Hashable, Sendable {
        case probeFinished(CheckerKey, ProbeResult)
        case deadlineReached
    }

    public enum Action: Hashable, Sendable {
        /// Run this probe now.
        case startProbe(CheckerKey, attempt: Int)
        /// A checker changed state (one log line per checker, however many subscribers it has).
        case checkerUp(CheckerKey)
        case checkerDown(CheckerKey, reason: String)
        /// A subscriber's real server became alive or dead.
        case realServerUp(Subscriber)
        case realServerDown(Subscriber, reason: String)
        /// A subscriber's dynamic weights changed (see `RealServerHealth.dynamicWeights`).
        case weightsChanged(Subscriber, dynamicWeights: [Int])
        case ignored(reason: String)
    }

    private var machines: [CheckerKey: CheckerStateMachine] = [:]
    /// Checkers and subscribers in registration order, so actions come out in a reproducible order.
    private var checkerOrder: [CheckerKey] = []
    private var subscribers: [CheckerKey: [Subscriber]] = [:]
    private var health: [Subscriber: RealServerHealth] = [:]
    private var random: SplitMix64

    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The number of distinct checkers, i.e. probes per round.
    public var checkerCount: Int { checkerOrder.count }

    public var subscriberCount: Int { health.count }

    public func health(of subscriber: Subscriber) -> RealServerHealth? { health[subscriber] }

    public func checker(_ key: CheckerKey) -> CheckerStateMachine? { machines[key] }

    public var nextDeadline: MonotonicInstant? {
        checkerOrder.compactMap { machines[$0]?.nextDeadline }.min()
    }

    /// Subscribes `subscriber` to `checkers`, replacing any earlier subscription. Checkers already
    /// running keep their state; new ones start as `CheckerStateMachine` does. Reports a change of the
    /// subscriber's liveness against its earlier subscription (a reload), never for a new subscriber.
    public mutating func register(_ subscriber: Subscriber, checkers: [CheckerKey], now: MonotonicInstant) -> [Action] {
        let previous = health.removeValue(forKey: subscriber)
        // Checkers kept across a reload keep their state, so only the dropped ones are detached.
        detach(subscriber, from: (previous?.checkers ?? []).filter { !checkers.contains($0) })
        for key in checkers {
            if machines[key] == nil {
                machines[key] = CheckerStateMachine(
                    schedule: key.schedule, probeTimeout: key.probe.timeout, now: now, random: &random)
                checkerOrder.append(key)
            }
            if subscribers[key, default: []].contains(subscriber) == false {
                subscribers[key, default: []].append(subscriber)
            }
        }
        var entry = RealServerHealth(checkers: checkers)
        for key in entry.checkers {
            if let machine = machines[key] {
                entry.record(key, state: machine.state)
                entry.record(key, dynamicWeight: machine.dynamicWeight)
            }
        }
        health[subscriber] = entry
        guard let previous, previous.isAlive != entry.isAlive else { return [] }
        return [entry.isAlive ? .realServerUp(subscriber) : .realServerDown(subscriber, reason: "reconfigured")]
    }

    /// Removes a subscriber; checkers nobody subscribes to any more stop.
    public mutating func unregister(_ subscriber: Subscriber) {
        guard let previous = health.removeValue(forKey: subscriber) else { return }
        detach(subscriber, from: previous.checkers)
    }

    public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        switch event {
        case .deadlineReached:
            var actions: [Action] = []
            for key in checkerOrder {
                guard let deadline = machines[key]?.nextDeadline, deadline <= now else { continue }
                actions += run(key, .deadlineReached, now: now)
            }
            return actions
        case .probeFinished(let key, let result):
            guard machines[key] != nil else { return [.ignored(reason: "no checker \(key)")] }
            return run(key, .probeFinished(result), now: now)
        }
    }

    private mutating func run(_ key: CheckerKey, _ event: CheckerStateMachine.Event, now: MonotonicInstant) -> [Action]
    {
        guard var machine = machines[key] else { return [] }
        let outputs = machine.handle(event, now: now)
        machines[key] = machine
        return outputs.flatMap { fanOut($0, from: key) }
    }

    private mutating func fanOut(_ output: CheckerStateMachine.Action, from key: CheckerKey) -> [Action] {
        switch output {
        case .startProbe(let attempt):
            return [.startProbe(key, attempt: attempt)]
        case .ignored(let reason):
            return [.ignored(reason: reason)]
        case .becameUp:
            return [.checkerUp(key)] + updateSubscribers(of: key, state: .up, reason: "")
        case .becameDown(let reason):
            return [.checkerDown(key, reason: reason)] + updateSubscribers(of: key, state: .down, reason: reason)
        case .weightChanged(let weight):
            return subscribers[key, default: []].compactMap { subscriber in
                guard health[subscriber]?.record(key, dynamicWeight: weight) == true,
                    let weights = health[subscriber]?.dynamicWeights
                else { return nil }
                return .weightsChanged(subscriber, dynamicWeights: weights)
            }
        }
    }

    private mutating func updateSubscribers(
        of key: CheckerKey, state: CheckerStateMachine.State, reason: String
    ) -> [Action] {
        subscribers[key, default: []].compactMap { subscriber in
            guard health[subscriber]?.record(key, state: state) == true else { return nil }
            return state == .up ? .realServerUp(subscriber) : .realServerDown(subscriber, reason: reason)
        }
    }

    private mutating func detach(_ subscriber: Subscriber, from checkers: [CheckerKey]) {
        for key in checkers {
            subscribers[key]?.removeAll { $0 == subscriber }
            if subscribers[key]?.isEmpty ?? true {
                subscribers[key] = nil
                machines[key] = nil
                checkerOrder.removeAll { $0 == key }
            }
        }
    }
}
