import Engine
import NetworkPrimitives
import Runtime

/// The checker engine as the daemon's loop drives it when alerts, an LVS notify FIFO or the watch
/// feed are on: after a step that may have changed a checker, a real server or a quorum, the
/// engine's snapshot goes to the alert notifier, which mails what keepalived mails
/// (Docs/Keepalived.md §6.4), to `vigil status --watch`'s feed, and its changes since the previous
/// snapshot are written to the FIFO (§6.3). The notifier and the feed only queue and the FIFO never
/// blocks: the step never waits for a mail server, a watcher or a FIFO reader.
struct NotifyingCheckerCore: EventProcessor {
    var core: SharedCore<CheckerEngine>
    let alerts: AlertNotifier?
    let fifo: (any NotifyFIFOSink)?
    let feed: TransitionFeed?
    let clock: any MonotonicClock
    private var previous: CheckerSnapshot?

    init(
        core: SharedCore<CheckerEngine>, alerts: AlertNotifier?, fifo: (any NotifyFIFOSink)?,
        feed: TransitionFeed? = nil, clock: any MonotonicClock
    ) {
        self.core = core
        self.alerts = alerts
        self.fifo = fifo
        self.feed = feed
        self.clock = clock
    }

    static var deadlineReached: CheckerEngine.Event { CheckerEngine.deadlineReached }

    mutating func start(now: MonotonicInstant) -> [CheckerEffect] {
        let effects = core.start(now: now)
        publish()
        return effects
    }

    mutating func handle(_ event: CheckerEngine.Event, now: MonotonicInstant) -> [CheckerEffect] {
        let effects = core.handle(event, now: now)
        var initial = false
        if case .configured(let configuration) = event { initial = configuration.notifiesInitialState }
        if Self.mayHaveChanged(event, effects) { publish(initialLines: initial) }
        return effects
    }

    mutating func stop(now: MonotonicInstant) -> [CheckerEffect] {
        core.stop(now: now)
    }

    var nextDeadline: MonotonicInstant? { core.nextDeadline }

    /// `initialLines`: `rs_init_notifies`, so the servers a configuration adds up write their RS line.
    private mutating func publish(initialLines: Bool = false) {
        let mailing = alerts?.isMailing == true
        // Without a mail server, a FIFO or a feed nobody needs the snapshot.
        guard mailing || fifo != nil || feed != nil else { return }
        let now = clock.now
        let snapshot = core.read { $0.snapshot(now: now) }
        if mailing { alerts?.checkerSnapshot(snapshot) }
        feed?.noticeCheckers(snapshot)
        if let fifo, let previous {
            CheckerFIFODetector.lines(from: previous, to: snapshot).forEach { fifo.write($0) }
            if initialLines { CheckerFIFODetector.initialLines(from: previous, to: snapshot).forEach { fifo.write($0) } }
        }
        previous = snapshot
    }

    /// A checker's transition logs its line and a real server's or quorum's change logs or plans;
    /// a step that only starts probes (a result that changed nothing, a timer) is skipped. A new
    /// configuration's snapshot is the baseline of what follows (a server it adds is no transition).
    static func mayHaveChanged(_ event: CheckerEngine.Event, _ effects: [CheckerEffect]) -> Bool {
        if case .configured = event { return true }
        return effects.contains { effect in
            switch effect {
            case .startProbe, .runRouteScript: false
            case .applyTable, .runScript, .announceRoutes, .log: true
            }
        }
    }
}
