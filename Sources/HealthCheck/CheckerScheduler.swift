import NetworkPrimitives

/// Runs every checker of the configuration. Checkers are keyed by what they probe and how often
/// (`CheckerKey`), so a real server checked the same way from several virtual servers is probed once
/// per interval and the result fans out to every subscriber (a real server within a virtual server).
/// Inlinable throughout: the engine uses it from another module with a concrete subscriber type, and
/// unspecialised it looked up generic metadata on every event (Docs/Benchmarks.md).
public struct CheckerScheduler<Subscriber: Hashable & Sendable>: Sendable {
    public enum Event: Hashable, Sendable {
        case probeFinished(CheckerKey, ProbeResult)
        case deadlineReached
        /// The probe a `.startProbe` asked for was not run (`CheckerStateMachine.Event.skipped`).
        case probeSkipped(CheckerKey)
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

    /// One checker: what it probes, its state machine, who hears its verdicts, and its registration
    /// order (actions come out in that order, so runs are reproducible).
    @usableFromInline struct Checker: Sendable {
        @usableFromInline var key: CheckerKey
        @usableFromInline var machine: CheckerStateMachine
        @usableFromInline var subscribers: [Subscriber]
        @usableFromInline var order: UInt64

        @inlinable init(key: CheckerKey, machine: CheckerStateMachine, subscribers: [Subscriber], order: UInt64) {
            self.key = key
            self.machine = machine
            self.subscribers = subscribers
            self.order = order
        }
    }

    /// A checker's deadline as it was when pushed; stale once the checker's deadline moved on.
    @usableFromInline struct Deadline: Comparable, Sendable {
        @usableFromInline var at: MonotonicInstant
        @usableFromInline var order: UInt64
        @usableFromInline var slot: Int

        @inlinable init(at: MonotonicInstant, order: UInt64, slot: Int) {
            self.at = at
            self.order = order
            self.slot = slot
        }

        @inlinable static func < (lhs: Self, rhs: Self) -> Bool { (lhs.at, lhs.order) < (rhs.at, rhs.order) }
    }

    // Checkers live in slots reached by index, so a deadline or a verdict costs O(log n), not a scan
    // of every checker (tens of thousands in large configurations).
    @usableFromInline var slots = Slab<Checker>()
    @usableFromInline var slotOf: [CheckerKey: Int] = [:]
    @usableFromInline var deadlines = MinHeap<Deadline>()
    @usableFromInline var nextOrder: UInt64 = 0
    @usableFromInline var health: [Subscriber: RealServerHealth] = [:]
    @usableFromInline var random: SplitMix64

    @inlinable public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// The number of distinct checkers, i.e. probes per round.
    @inlinable public var checkerCount: Int { slotOf.count }

    @inlinable public var subscriberCount: Int { health.count }

    @inlinable public func health(of subscriber: Subscriber) -> RealServerHealth? { health[subscriber] }

    @inlinable public func checker(_ key: CheckerKey) -> CheckerStateMachine? { slotOf[key].flatMap { slots[$0]?.machine } }

    /// The earliest deadline of any checker (stale heap entries are pruned after every change).
    @inlinable public var nextDeadline: MonotonicInstant? { deadlines.first?.at }

    /// Who hears `key`'s verdicts; empty for a checker nobody subscribes to.
    @inlinable public func subscribers(of key: CheckerKey) -> [Subscriber] {
        slotOf[key].flatMap { slots[$0]?.subscribers } ?? []
    }

    /// Subscribes `subscriber` to `checkers`, replacing any earlier subscription. Checkers already
    /// running keep their state; new ones start as `CheckerStateMachine` does. Reports a change of the
    /// subscriber's liveness against its earlier subscription (a reload), never for a new subscriber.
    @inlinable public mutating func register(_ subscriber: Subscriber, checkers: [CheckerKey], now: MonotonicInstant) -> [Action] {
        let previous = health.removeValue(forKey: subscriber)
        // Checkers kept across a reload keep their state, so only the dropped ones are detached.
        detach(subscriber, from: (previous?.checkers ?? []).filter { !checkers.contains($0) })
        for key in checkers {
            let slot = slotOf[key] ?? add(key, now: now)
            if slots[slot]?.subscribers.contains(subscriber) == false { slots[slot]?.subscribers.append(subscriber) }
        }
        var entry = RealServerHealth(checkers: checkers)
        for key in entry.checkers {
            if let machine = checker(key) {
                entry.record(key, state: machine.state)
                entry.record(key, dynamicWeight: machine.dynamicWeight)
            }
        }
        health[subscriber] = entry
        pruneDeadlines()
        guard let previous, previous.isAlive != entry.isAlive else { return [] }
        return [entry.isAlive ? .realServerUp(subscriber) : .realServerDown(subscriber, reason: "reconfigured")]
    }

    /// Removes a subscriber; checkers nobody subscribes to any more stop.
    @inlinable public mutating func unregister(_ subscriber: Subscriber) {
        guard let previous = health.removeValue(forKey: subscriber) else { return }
        detach(subscriber, from: previous.checkers)
        pruneDeadlines()
    }

    @inlinable public mutating func handle(_ event: Event, now: MonotonicInstant) -> [Action] {
        defer { pruneDeadlines() }
        switch event {
        case .deadlineReached:
            // Every checker whose deadline has passed, in registration order.
            var due: [Int: UInt64] = [:]
            for deadline in deadlines.popAll(while: { $0.at <= now }) where isCurrent(deadline) {
                due[deadline.slot] = deadline.order
            }
            var actions: [Action] = []
            for slot in due.sorted(by: { $0.value < $1.value }).map(\.key) {
                actions += run(slot, .deadlineReached, now: now, rearm: true)
            }
            return actions
        case .probeFinished(let key, let result):
            guard let slot = slotOf[key] else { return [.ignored(reason: "no checker \(key)")] }
            return run(slot, .probeFinished(result), now: now, rearm: false)
        case .probeSkipped(let key):
            guard let slot = slotOf[key] else { return [.ignored(reason: "no checker \(key)")] }
            return run(slot, .skipped, now: now, rearm: false)
        }
    }

    /// Runs one checker's machine; its deadline goes back on the heap when it moved, or always when
    /// the heap entry was just consumed (`rearm`).
    @inlinable mutating func run(_ slot: Int, _ event: CheckerStateMachine.Event, now: MonotonicInstant, rearm: Bool)
        -> [Action]
    {
        // Fields are read through the slot, never by copying the whole checker (key, subscribers).
        guard let order = slots[slot]?.order, let key = slots[slot]?.key else { return [] }
        let before = slots[slot]?.machine.nextDeadline
        let outputs = slots[slot]?.machine.handle(event, now: now) ?? []
        if let after = slots[slot]?.machine.nextDeadline, rearm || after != before {
            deadlines.push(Deadline(at: after, order: order, slot: slot))
        }
        return outputs.flatMap { fanOut($0, from: key, slot: slot) }
    }

    @inlinable mutating func add(_ key: CheckerKey, now: MonotonicInstant) -> Int {
        let machine = CheckerStateMachine(
            schedule: key.schedule, probeTimeout: key.probe.timeout, now: now, random: &random)
        nextOrder += 1
        let checker = Checker(key: key, machine: machine, subscribers: [], order: nextOrder)
        let slot = slots.insert(checker)
        slotOf[key] = slot
        if let deadline = machine.nextDeadline { deadlines.push(Deadline(at: deadline, order: nextOrder, slot: slot)) }
        return slot
    }

    /// True while the entry still is its checker's deadline.
    @inlinable func isCurrent(_ deadline: Deadline) -> Bool {
        return slots[deadline.slot]?.order == deadline.order && slots[deadline.slot]?.machine.nextDeadline == deadline.at
    }

    /// Drops stale entries from the top, so `nextDeadline` is a live checker's.
    @inlinable mutating func pruneDeadlines() {
        while let top = deadlines.first, !isCurrent(top) { _ = deadlines.popFirst() }
    }

    @inlinable mutating func fanOut(_ output: CheckerStateMachine.Action, from key: CheckerKey, slot: Int) -> [Action] {
        switch output {
        case .startProbe(let attempt):
            return [.startProbe(key, attempt: attempt)]
        case .ignored(let reason):
            return [.ignored(reason: reason)]
        case .becameUp:
            return [.checkerUp(key)] + updateSubscribers(of: key, slot: slot, state: .up, reason: "")
        case .becameDown(let reason):
            return [.checkerDown(key, reason: reason)]
                + updateSubscribers(of: key, slot: slot, state: .down, reason: reason)
        case .weightChanged(let weight):
            return (slots[slot]?.subscribers ?? []).compactMap { subscriber in
                guard health[subscriber]?.record(key, dynamicWeight: weight) == true,
                    let weights = health[subscriber]?.dynamicWeights
                else { return nil }
                return .weightsChanged(subscriber, dynamicWeights: weights)
            }
        }
    }

    @inlinable mutating func updateSubscribers(
        of key: CheckerKey, slot: Int, state: CheckerStateMachine.State, reason: String
    ) -> [Action] {
        (slots[slot]?.subscribers ?? []).compactMap { subscriber in
            guard health[subscriber]?.record(key, state: state) == true else { return nil }
            return state == .up ? .realServerUp(subscriber) : .realServerDown(subscriber, reason: reason)
        }
    }

    @inlinable mutating func detach(_ subscriber: Subscriber, from checkers: [CheckerKey]) {
        for key in checkers {
            guard let slot = slotOf[key] else { continue }
            slots[slot]?.subscribers.removeAll { $0 == subscriber }
            if slots[slot]?.subscribers.isEmpty ?? true {
                slots.remove(at: slot)
                slotOf[key] = nil
            }
        }
    }
}
