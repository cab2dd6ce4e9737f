import Engine
import NetworkPrimitives
import VRRP

/// The engine as the runtime drives it, publishing its state to the status board after every step,
/// so `vigil status` and `/metrics` show what the engine holds now without the runtime knowing; each
/// new transition goes to the board with the engine's reason, and each state change to the alert
/// notifier (SMTP alerts, Docs/Keepalived.md §6.4).
struct PublishingEngine: EventProcessor {
    var engine: VRRPEngine
    let board: StatusBoard
    /// nil when alerts are not wired (tests); the notifier itself does nothing without `smtp_server`.
    var alerts: AlertNotifier?
    /// Streams the transitions to `vigil status --watch`, when the status server serves it.
    var feed: TransitionFeed?
    /// `-V` (keepalived's --dont-release-vrrp): the VIPs stay on the interfaces when Vigil stops.
    var keepsAddressesOnStop = false
    /// Called after a step that changed an instance's state (systemd's STATUS= line follows it).
    var statesChanged: (@Sendable () -> Void)?
    /// The instances' states after the last step, to see a change.
    var states: [VRRPState] = []
    /// The last transition sequence handed to the board, per instance and per sync group.
    private var seenInstances: [String: Int] = [:]
    private var seenGroups: [String: Int] = [:]

    init(engine: VRRPEngine, board: StatusBoard, feed: TransitionFeed? = nil) {
        self.engine = engine
        self.board = board
        self.feed = feed
    }

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
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

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.handle(event, now: now)
        publish()
        notifyFeed()
        noticeStates()
        if let alerts, alerts.isMailing {
            if case .shutdownRequested = event {
                alerts.stopping(engine)
            } else if Self.mayHaveChangedState(effects) {
                alerts.observe(engine)
            }
        }
        return effects
    }

    private mutating func noticeStates() {
        guard let statesChanged else { return }
        let current = engine.configuration.instances.compactMap { engine.router.machine(named: $0.name)?.state }
        guard current != states else { return }
        states = current
        statesChanged()
    }

    /// Masters send priority 0 and, unless `keepsAddressesOnStop` (`-V`), release their VIPs.
    mutating func stop(now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.stop(now: now)
        board.publish(engine)
        guard keepsAddressesOnStop else { return effects }
        return effects.filter { effect in
            switch effect {
            case .removeAddress, .removeRoute, .removeRule: false
            case .transmit, .addAddress, .addRoute, .addRule, .announce, .runScript, .log, .writeNotifyFIFO, .syncDaemon:
                true
            }
        }
    }

    var nextDeadline: MonotonicInstant? { engine.nextDeadline }

    var hasStopped: Bool { engine.hasStopped }

    private mutating func publish() {
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
    static func mayHaveChangedState(_ effects: [EngineEffect]) -> Bool {
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
