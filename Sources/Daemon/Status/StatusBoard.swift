import Engine
import FoundationEssentials
import LinuxPlatform
import Synchronization
import VRRP

/// The daemon's latest status, safe to read from the status server's event loop: the VRRP loop
/// publishes its instances and records their transitions once the steps that changed them have been
/// carried out (`PublishingEngine`); the checker and the mailer are read when a request comes. `document()` is the `StatusServer` provider.
public final class StatusBoard: Sendable {
    private let startedAt: Double
    private let wallClock: @Sendable () -> Double
    private let checker: (@Sendable () -> CheckerSnapshot)?
    private let alerts: (@Sendable () -> SMTPMailerActivity?)?
    private let dataPlaneReport: (@Sendable () -> (name: String, state: String)?)?
    private let usage: @Sendable () -> (cpuSeconds: Double?, residentBytes: Int?)
    private let state: Mutex<State>

    /// How many transitions `recentTransitions` keeps.
    public static let recentTransitionLimit = 20

    private struct State: Sendable {
        var routerID: String
        var dataPlane: String
        var instances: [StatusDocument.Instance] = []
        var syncGroups: [StatusDocument.SyncGroup] = []
        var transitions: [String: StatusDocument.Transition] = [:]
        var groupTransitions: [String: StatusDocument.Transition] = [:]
        var recent: [StatusDocument.RecentTransition] = []

        mutating func remember(_ kind: String, _ name: String, _ transition: StatusDocument.Transition) {
            recent.insert(StatusDocument.RecentTransition(kind: kind, name: name, transition: transition), at: 0)
            if recent.count > StatusBoard.recentTransitionLimit { recent.removeLast() }
        }
    }

    /// `checker` is usually `checkerService.snapshot`, `alerts` `{ notifier.mailerActivity }`,
    /// `dataPlaneReport` the checker service's data plane name and state (they then replace `dataPlane`),
    /// `usage` this process's CPU seconds and resident bytes.
    public init(
        routerID: String, dataPlane: String = "none", checker: (@Sendable () -> CheckerSnapshot)? = nil,
        alerts: (@Sendable () -> SMTPMailerActivity?)? = nil, dataPlaneReport: (@Sendable () -> (name: String, state: String)?)? = nil,
        usage: @escaping @Sendable () -> (cpuSeconds: Double?, residentBytes: Int?) = {
            let usage = ProcessUsage.current()
            return (usage.cpuSeconds, usage.residentBytes)
        },
        wallClock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }
    ) {
        self.wallClock = wallClock
        self.checker = checker
        self.alerts = alerts
        self.dataPlaneReport = dataPlaneReport
        self.usage = usage
        startedAt = wallClock()
        state = Mutex(State(routerID: routerID, dataPlane: dataPlane))
    }

    /// Replaces the instances and groups shown; a `lastTransition` left nil is filled from `recordTransition`.
    public func publish(instances: [StatusDocument.Instance], syncGroups: [StatusDocument.SyncGroup] = []) {
        state.withLock { state in
            state.instances = instances
            state.syncGroups = syncGroups
        }
    }

    /// Publishes a running engine's instances and sync groups (call after each engine step, or at
    /// least before the status is read). A state change seen here that `recordTransition` did not
    /// report is recorded now, without a reason.
    public func publish(_ engine: VRRPEngine) {
        let instances = StatusDocument.instances(from: engine)
        let groups = StatusDocument.syncGroups(from: engine)
        let now = wallClock()
        state.withLock { state in
            // The previous states by name, so a board of n instances costs O(n) and not O(n^2).
            var previous: [String: StatusDocument.State] = [:]
            previous.reserveCapacity(state.instances.count)
            for instance in state.instances { previous[instance.name] = instance.state }
            for instance in instances {
                let before = previous[instance.name] ?? .initialize
                if let seen = Self.notice(&state.transitions[instance.name], from: before, to: instance.state, at: now) {
                    state.remember("instance", instance.name, seen)
                }
            }
            for group in groups {
                let before = state.syncGroups.first { $0.name == group.name }?.state ?? .initialize
                if let seen = Self.notice(&state.groupTransitions[group.name], from: before, to: group.state, at: now) {
                    state.remember("syncGroup", group.name, seen)
                }
            }
            state.instances = instances
            state.syncGroups = groups
        }
    }

    private static func notice(
        _ recorded: inout StatusDocument.Transition?, from: StatusDocument.State,
        to: StatusDocument.State, at now: Double
    ) -> StatusDocument.Transition? {
        guard from != to, recorded?.to != to else { return nil }
        recorded = StatusDocument.Transition(from: from, to: to, reason: "", at: now)
        return recorded
    }

    /// Remembers an instance's state change with the wall-clock time now.
    public func recordTransition(instance: String, from: VRRPState, to: VRRPState, reason: String) {
        let transition = StatusDocument.Transition(from: .init(from), to: .init(to), reason: reason, at: wallClock())
        state.withLock { state in
            state.transitions[instance] = transition
            state.remember("instance", instance, transition)
        }
    }

    /// Remembers a sync group's state change with the wall-clock time now.
    public func recordTransition(syncGroup: String, from: VRRPState, to: VRRPState, reason: String) {
        let transition = StatusDocument.Transition(from: .init(from), to: .init(to), reason: reason, at: wallClock())
        state.withLock { state in
            state.groupTransitions[syncGroup] = transition
            state.remember("syncGroup", syncGroup, transition)
        }
    }

    /// After a reload: the new `router_id` and data plane.
    public func update(routerID: String? = nil, dataPlane: String? = nil) {
        state.withLock { state in
            if let routerID { state.routerID = routerID }
            if let dataPlane { state.dataPlane = dataPlane }
        }
    }

    /// The document as of now.
    public func document() -> StatusDocument {
        let now = wallClock()
        let virtualServers = checker.map { StatusDocument.virtualServers(from: $0()) } ?? []
        let mailer = alerts?().map(StatusDocument.Alerts.init)
        let plane = dataPlaneReport?()
        let figures = usage()
        let process = StatusDocument.ProcessFigures(
            startTime: startedAt, cpuSeconds: figures.cpuSeconds, residentBytes: figures.residentBytes)
        // A copy of the state (its arrays and dictionaries shared, not copied) is all the lock covers:
        // the document is built outside it, so the VRRP thread publishing its counters never waits for
        // a reader building a document of hundreds of instances.
        let state = state.withLock { $0 }
        var document = StatusDocument(
            routerID: state.routerID, generatedAt: now, uptimeSeconds: max(0, now - startedAt),
            dataPlane: plane?.name ?? state.dataPlane,
            instances: state.instances.map { instance in
                var instance = instance
                if instance.lastTransition == nil { instance.lastTransition = state.transitions[instance.name] }
                return instance
            },
            syncGroups: state.syncGroups.map { group in
                var group = group
                if group.lastTransition == nil { group.lastTransition = state.groupTransitions[group.name] }
                return group
            },
            virtualServers: virtualServers, alerts: mailer)
        document.recentTransitions = state.recent
        document.dataPlaneState = plane?.state
        document.process = process
        return document
    }
}
