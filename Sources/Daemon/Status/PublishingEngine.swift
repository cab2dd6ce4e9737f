import Engine
import NetworkPrimitives

/// The engine as the runtime drives it, publishing its state to the status board after every step,
/// so `vigil status` and `/metrics` show what the engine holds now without the runtime knowing, and
/// showing each state change to the alert notifier (SMTP alerts, Docs/Keepalived.md §6.4).
struct PublishingEngine: EventProcessor {
    var engine: VRRPEngine
    let board: StatusBoard
    /// nil when alerts are not wired (tests); the notifier itself does nothing without `smtp_server`.
    var alerts: AlertNotifier?

    mutating func start(now: MonotonicInstant) -> [EngineEffect] {
        // The baseline is every instance before it starts, so the states entered at start are mailed
        // as keepalived mails them.
        let mailing = alerts?.isMailing == true
        if mailing { alerts?.observe(engine) }
        let effects = engine.start(now: now)
        board.publish(engine)
        if mailing { alerts?.observe(engine) }
        return effects
    }

    mutating func handle(_ event: EngineEvent, now: MonotonicInstant) -> [EngineEffect] {
        let effects = engine.handle(event, now: now)
        board.publish(engine)
        if let alerts, alerts.isMailing {
            if case .shutdownRequested = event {
                alerts.stopping(engine)
            } else if Self.mayHaveChangedState(effects) {
                alerts.observe(engine)
            }
        }
        return effects
    }

    var nextDeadline: MonotonicInstant? { engine.nextDeadline }

    /// Every state change logs an `Entering … STATE` or `Syncing instances` line; a step that only
    /// transmits (a master's advertisement timer, by far the most frequent) changed no state.
    static func mayHaveChangedState(_ effects: [EngineEffect]) -> Bool {
        effects.contains { effect in
            switch effect {
            case .transmit: false
            case .addAddress, .removeAddress, .addRoute, .removeRoute, .announce, .runScript, .log, .writeNotifyFIFO: true
            }
        }
    }
}
