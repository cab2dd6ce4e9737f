import Engine
import NetworkPrimitives
import VRRP

/// The engine as the runtime drives it, publishing its state to the status board, so `vigil status`
/// and `/metrics` show what the engine holds without the runtime knowing; each new transition goes to
/// the board with the engine's reason, and each state change to the alert notifier (SMTP alerts,
/// Docs/Keepalived.md §6.4) and the `--watch` feed.
///
/// A step that may have changed a state (it has effects other than transmissions) is published by
/// the next quiet step, due at once: after the step's effects are carried out, so a takeover of
/// hundreds of instances sends its adverts and adds its VIPs before the board, the `--watch` feed and
/// systemd's status line are rebuilt, once (O(instances)) for the whole burst of steps. The far more
/// frequent quiet steps (an advert sent or received, nothing else) are only counted: the board takes
/// their counters at most `quietPublishInterval` later, through a deadline of its own if no other step
/// comes. Rebuilding every instance's document on every advert cost the VRRP thread
/// O(instances) per advert (Docs/Benchmarks.md, the soak).
package struct PublishingEngine: EventProcessor {
    var engine: VRRPEngine
    let board: StatusBoard
    /// nil when alerts are not wired (tests); the notifier itself does nothing without `smtp_server`.
    var alerts: AlertNotifier?
    /// Streams the transitions to `vigil status --watch`, when the status server serves it.
    var feed: TransitionFeed?
    /// `-V` (keepalived's --dont-release-vrrp): the VIPs stay on the interfaces when Vigil stops.
    var keepsAddressesOnStop = false
    /// Called after a step that changed an instance's state (systemd's STATUS= line follows it).
    package var statesChanged: (@Sendable () -> Void)?
    /// The instances' states after the last step, to see a change.
    var states: [VRRPState] = []
    /// The last transition sequence handed to the board, per instance and per sync group.
    private var seenInstances: [String: Int] = [:]
    private var seenGroups: [String: Int] = [:]
    /// When the counters of quiet steps are due on the board; nil when the board is current.
    private(set) var quietPublishDue: MonotonicInstant?
    /// A step changed what the board shows: it is published (board, feed, status line) with the next
    /// step, due at once.
    private var changePending = false

    /// How long the board may lag behind quiet steps' counters.
    static let quietPublishInterval = Duration.milliseconds(100)

    package init(engine: VRRPEngine, board: StatusBoard, feed: TransitionFeed? = nil) {
        self.engine = engine
        self.board = board
        self.feed = feed
    }

    package mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        // The baseline is every instance before it starts, so the states entered at start are mailed
        // as keepalived mails them.
        let mailing = alerts?.isMailing == true
        if mailing { alerts?.observe(engine) }
        let effects = engine.start(now: now)
        publish()
        notifyFeed()
        if mailing { alerts?.observe(engine) }
        return effects
    }

    package mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        var effects: [EngineEffect] = []
        handle(event, now: now, into: &effects)
        return effects
    }

    /// The engine's step appended to the runtime's buffer, then published as `handle(_:now:)` does.
    package mutating func handle(_ event: EngineEvent, now: MonotonicInstant, into effects: inout [EngineEffect]) {
        let stepped = effects.count
        engine.handle(event, now: now, into: &effects)
        let mayHaveChanged = Self.mayHaveChangedState(effects[stepped...])
        let changed = mayHaveChanged || event.changesWhatTheBoardShows
        if changed {
            // Due now: the loop carries out this step's effects first, then wakes the core for it, behind
            // the inputs already waiting, so a burst of changes (200 instances taking over, or stepping
            // down on 200 adverts) is published once after it, not once per step. A burst longer than
            // `quietPublishInterval` is published along the way; a core that has stopped gets no next step.
            changePending = true
            let due = min(quietPublishDue ?? now, now)
            quietPublishDue = due
            if now >= due + Self.quietPublishInterval || engine.hasStopped { publishPending() }
        } else if let due = quietPublishDue {
            if now >= due { publishPending() }
        } else {
            quietPublishDue = now + Self.quietPublishInterval
        }
        if let alerts, alerts.isMailing {
            if case .shutdownRequested = event {
                alerts.stopping(engine)
            } else if mayHaveChanged {
                alerts.observe(engine)
            }
        }
    }

    /// The board's counters, and after a step that may have changed a state the feed and the
    /// status line too.
    private mutating func publishPending() {
        publish()
        guard changePending else { return }
        changePending = false
        notifyFeed()
        noticeStates()
    }

    private mutating func noticeStates() {
        guard let statesChanged else { return }
        let current = engine.configuration.instances.compactMap { engine.router.machine(named: $0.name)?.state }
        guard current != states else { return }
        states = current
        statesChanged()
    }

    /// Masters send priority 0 and, unless `keepsAddressesOnStop` (`-V`), release their VIPs.
    package mutating func stop(now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.stop(now: now)
        // Publishing a pending change publishes the board too.
        if changePending { publishPending() } else { board.publish(engine) }
        guard keepsAddressesOnStop else { return effects }
        return effects.filter { effect in
            switch effect {
            case .removeAddress, .removeRoute, .removeRule: false
            case .transmit, .addAddress, .addRoute, .addRule, .announce, .runScript, .log, .writeNotifyFIFO, .syncDaemon:
                true
            }
        }
    }

    package var nextDeadline: MonotonicInstant? {
        guard let due = quietPublishDue else { return engine.nextDeadline }
        guard let engineDeadline = engine.nextDeadline else { return due }
        return min(engineDeadline, due)
    }

    package var hasStopped: Bool { engine.hasStopped }

    private mutating func publish() {
        quietPublishDue = nil
        for (name, counters) in engine.statistics.instances {
            guard let transition = counters.lastTransition, seenInstances[name] != transition.sequence else { continue }
            seenInstances[name] = transition.sequence
            board.recordTransition(
                instance: name, from: transition.from, to: transition.to, reason: transition.reason)
        }
        for (name, transition) in engine.statistics.syncGroupTransitions where seenGroups[name] != transition.sequence {
            seenGroups[name] = transition.sequence
            board.recordTransition(
                syncGroup: name, from: transition.from, to: transition.to, reason: transition.reason)
        }
        board.publish(engine)
    }

    /// Every state change logs an `Entering … STATE` or `Syncing instances` line; a step that only
    /// transmits (a master's advertisement timer, by far the most frequent) changed no state.
    static func mayHaveChangedState(_ effects: some Collection<EngineEffect>) -> Bool {
        effects.contains { effect in
            switch effect {
            case .transmit: false
            case .addAddress, .removeAddress, .addRoute, .removeRoute, .addRule, .removeRule, .announce, .runScript, .log,
                .writeNotifyFIFO, .syncDaemon:
                true
            }
        }
    }
}

extension EngineEvent {
    /// False for the two events of the steady advert path (a timer, a packet): a step they drive
    /// changes what the board shows only through its effects. Everything else is rare and published.
    fileprivate var changesWhatTheBoardShows: Bool {
        switch self {
        case .deadlineReached, .packetReceived: false
        case .linkChanged, .addressRemoved, .scriptCompleted, .fileChanged, .sourceAddressChanged, .shutdownRequested,
            .maintenanceRequested:
            true
        }
    }
}
