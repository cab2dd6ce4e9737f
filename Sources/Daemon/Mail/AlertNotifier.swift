import Engine
import KeepalivedConfig
import LinuxPlatform
import NIOCore
import NIOPosix
import Synchronization
import VRRP

/// The daemon's SMTP alerting (Docs/Keepalived.md §6.4): told about VRRP state changes and shown
/// the checker's snapshots, it asks `AlertPolicy` whether keepalived would mail and hands the
/// messages to an `SMTPMailer`. Never blocks its caller. Without `smtp_server` it does nothing.
public final class AlertNotifier: Sendable {
    private let identity: LocalMailIdentity
    private let eventLoop: any EventLoop
    private let clock: @Sendable () -> MailDate
    private let log: @Sendable (LogRecord) -> Void
    private let state: Mutex<State>

    private struct State: Sendable {
        var configuration: AlertConfiguration
        var policy: AlertPolicy
        var mailer: SMTPMailer?
        var lastSnapshot: CheckerSnapshot?
        var observedInstances: [String: VRRPState]?
        var observedGroups: [String: VRRPState] = [:]
    }

    public init(
        configuration: KeepalivedConfiguration, identity: LocalMailIdentity = .current(),
        eventLoop: any EventLoop = MultiThreadedEventLoopGroup.singleton.next(),
        clock: @escaping @Sendable () -> MailDate = { MailDate.now() },
        log: @escaping @Sendable (LogRecord) -> Void
    ) {
        self.identity = identity
        self.eventLoop = eventLoop
        self.clock = clock
        self.log = log
        let alerts = AlertConfiguration(configuration, identity: identity)
        let mailer = alerts.mailer.map { SMTPMailer(configuration: $0, eventLoop: eventLoop, log: log) }
        state = Mutex(State(configuration: alerts, policy: AlertPolicy(settings: alerts.settings), mailer: mailer))
    }

    /// A VRRP instance entered `state`: call after its notify scripts (keepalived's order, 6.3).
    public func instanceChanged(_ name: String, to state: VRRPNotifyState) {
        decide { .instance(name: name, state: state, smtpAlert: $0.instances[name] ?? false) }
    }

    /// A sync group entered `state`.
    public func syncGroupChanged(_ name: String, to state: VRRPNotifyState) {
        decide { .syncGroup(name: name, state: state, smtpAlert: $0.syncGroups[name] ?? false) }
    }

    /// The checker's latest snapshot: every checker that flipped since the previous one, and every
    /// quorum change, may mail. Call it whenever the checker may have changed (after each of its
    /// log lines is cheap enough); the first call only sets the baseline.
    public func checkerSnapshot(_ snapshot: CheckerSnapshot) {
        let date = clock()
        let (messages, mailer) = state.withLock { state -> ([AlertMessage], SMTPMailer?) in
            defer { state.lastSnapshot = snapshot }
            guard let previous = state.lastSnapshot else { return ([], state.mailer) }
            let events = CheckerAlertDetector.events(
                from: previous, to: snapshot, switches: state.configuration.checkers)
            return (events.compactMap { state.policy.decide($0, date: date).message }, state.mailer)
        }
        messages.forEach { mailer?.send($0) }
    }

    /// Stores the states `observe(_:)` saw and returns those that changed to a mailed state, sorted
    /// by name; nothing on the first call.
    func swapObservedStates(instances: [String: VRRPState], groups: [String: VRRPState])
        -> ([(String, VRRPNotifyState)], [(String, VRRPNotifyState)])
    {
        state.withLock { state in
            defer {
                state.observedInstances = instances
                state.observedGroups = groups
            }
            guard let previous = state.observedInstances else { return ([], []) }
            return (Self.changes(from: previous, to: instances), Self.changes(from: state.observedGroups, to: groups))
        }
    }

    private static func changes(from old: [String: VRRPState], to new: [String: VRRPState])
        -> [(String, VRRPNotifyState)]
    {
        new.sorted { $0.key < $1.key }.compactMap { name, state in
            guard old[name] != state, let notify = notifyState(state) else { return nil }
            return (name, notify)
        }
    }

    /// Applies a reloaded configuration (SIGHUP). A changed server gets a new mailer; the old one
    /// finishes what it queued.
    public func reload(configuration: KeepalivedConfiguration) {
        let alerts = AlertConfiguration(configuration, identity: identity)
        state.withLock { state in
            if alerts.mailer != state.configuration.mailer {
                state.mailer = alerts.mailer.map { SMTPMailer(configuration: $0, eventLoop: eventLoop, log: log) }
            }
            state.configuration = alerts
            state.policy.settings = alerts.settings
            state.policy.retain(instances: Set(alerts.instances.keys), groups: Set(alerts.syncGroups.keys))
        }
    }

    /// True when `smtp_server` is set: only then is there anything to mail, and anything worth
    /// observing (a reload may set or clear it).
    public var isMailing: Bool { state.withLock { $0.mailer != nil } }

    /// The current mailer's counters; nil without `smtp_server`.
    public var mailerActivity: SMTPMailerActivity? { state.withLock { $0.mailer?.activity } }

    /// Waits for queued alerts to be sent (orderly stop); true when nothing is left.
    public func waitUntilIdle(timeout: Duration) async -> Bool {
        guard let mailer = state.withLock({ $0.mailer }) else { return true }
        return await mailer.waitUntilIdle(timeout: timeout)
    }

    private func decide(_ event: (AlertConfiguration) -> AlertEvent) {
        let date = clock()
        let (message, mailer) = state.withLock { state in
            (state.policy.decide(event(state.configuration), date: date).message, state.mailer)
        }
        if let message { mailer?.send(message) }
    }
}
