import Engine
import FoundationEssentials
import HealthCheck
import Synchronization
import VRRP

/// The transitions as they happen, for `vigil status --watch`: the VRRP loop reports each engine
/// step (`notice`) and the checker loop each snapshot after a step that may have changed something
/// (`noticeCheckers`); the feed compares the instances', sync groups', real servers' and virtual
/// servers' states with the last ones and hands a line per change to every watcher. Delivery must
/// not block (watchers queue on their channel's event loop).
public final class TransitionFeed: Sendable {
    /// Gets each line, then nil when the feed ends (the daemon stops).
    public typealias Watcher = @Sendable (String?) -> Void

    private struct State: Sendable {
        var instances: [String: VRRPState] = [:]
        var groups: [String: VRRPState] = [:]
        /// `real server R of V` -> alive, `virtual server V` -> quorum up; in the checkers' order.
        var servers: [String: Bool] = [:]
        var serverOrder: [String] = []
        var watchers: [Int: Watcher] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())
    private let wallClock: @Sendable () -> Double

    public init(wallClock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.wallClock = wallClock
    }

    /// Starts delivering lines to `watcher`; it first gets one line per instance and group with its state now.
    public func subscribe(_ watcher: @escaping Watcher) -> Int {
        let (id, current) = state.withLock { state in
            state.nextID += 1
            state.watchers[state.nextID] = watcher
            let lines =
                state.instances.sorted { $0.key < $1.key }.map { "instance \($0.key) \($0.value)" }
                + state.groups.sorted { $0.key < $1.key }.map { "sync group \($0.key) \($0.value)" }
                + state.serverOrder.compactMap { name in state.servers[name].map { "\(name) \(Self.health($0))" } }
            return (state.nextID, lines)
        }
        let stamp = Self.timestamp(wallClock())
        for line in current { watcher("\(stamp) \(line)\n") }
        return id
    }

    public func unsubscribe(_ id: Int) {
        _ = state.withLock { $0.watchers.removeValue(forKey: id) }
    }

    /// Tells every watcher the feed has ended and forgets them.
    public func finish() {
        let watchers = state.withLock { state in
            defer { state.watchers = [:] }
            return state.watchers.sorted { $0.key < $1.key }.map(\.value)
        }
        for watcher in watchers { watcher(nil) }
    }

    /// How many watchers are connected.
    public var watcherCount: Int { state.withLock { $0.watchers.count } }

    /// Compares `engine`'s states with the last ones seen; `reason(instance)` names why an instance
    /// changed (the status board's last transition), empty when unknown.
    public func notice(_ engine: VRRPEngine, reason: (String) -> String = { _ in "" }) {
        var changes: [(String, VRRPState, VRRPState, Bool)] = []
        let watchers: [Watcher] = state.withLock { state in
            for machine in engine.router.machines {
                let name = machine.configuration.name
                let before = state.instances.updateValue(machine.state, forKey: name)
                if let before, before != machine.state { changes.append((name, before, machine.state, false)) }
            }
            for group in engine.configuration.syncGroups {
                guard let now = engine.router.syncGroupState(of: group.name) else { continue }
                let before = state.groups.updateValue(now, forKey: group.name)
                if let before, before != now { changes.append((group.name, before, now, true)) }
            }
            return changes.isEmpty ? [] : state.watchers.sorted { $0.key < $1.key }.map(\.value)
        }
        guard !watchers.isEmpty else { return }
        let stamp = Self.timestamp(wallClock())
        for (name, from, to, isGroup) in changes {
            let why = isGroup ? "" : reason(name)
            let line = "\(stamp) \(isGroup ? "sync group" : "instance") \(name) \(from) -> \(to)"
                + (why.isEmpty ? "" : " (\(why))") + "\n"
            for watcher in watchers { watcher(line) }
        }
    }

    /// Compares the checkers' snapshot with the last one: a line per real server whose health changed
    /// (with the failing check's reason when down) and per virtual server whose quorum changed.
    /// Servers a reload adds or removes are taken in without a line, as the notify FIFO does.
    public func noticeCheckers(_ snapshot: CheckerSnapshot) {
        var changes: [String] = []
        let watchers: [Watcher] = state.withLock { state in
            var order: [String] = []
            var seen: [String: Bool] = [:]
            for server in snapshot.virtualServers {
                let virtualName = server.id.description
                for real in server.realServers {
                    let name = "real server \(real.label) of \(virtualName)"
                    order.append(name)
                    seen[name] = real.isAlive
                    if let before = state.servers[name], before != real.isAlive {
                        let reason = real.isAlive ? nil : Self.failure(of: real)
                        changes.append(
                            "\(name) \(Self.health(before)) -> \(Self.health(real.isAlive))"
                                + (reason.map { " (\($0))" } ?? ""))
                    }
                }
                let name = "virtual server \(virtualName) quorum"
                order.append(name)
                seen[name] = server.quorumUp
                if let before = state.servers[name], before != server.quorumUp {
                    changes.append("\(name) \(Self.health(before)) -> \(Self.health(server.quorumUp))")
                }
            }
            state.servers = seen
            state.serverOrder = order
            return changes.isEmpty ? [] : state.watchers.sorted { $0.key < $1.key }.map(\.value)
        }
        guard !watchers.isEmpty else { return }
        let stamp = Self.timestamp(wallClock())
        for change in changes {
            for watcher in watchers { watcher("\(stamp) \(change)\n") }
        }
    }

    private static func health(_ up: Bool) -> String { up ? "UP" : "DOWN" }

    /// The first failing checker's reason: what made the real server go down.
    private static func failure(of server: CheckerSnapshot.RealServer) -> String? {
        for checker in server.checkers {
            guard let outcome = checker.lastOutcome else { continue }
            switch outcome.result {
            case .success, .successWithWeight: continue
            case .failure(let reason): return "\(checker.key.probe.spec.keyword): \(reason)"
            }
        }
        return nil
    }

    /// `12:40:01.123Z`: the UTC time of day, enough to order a watch's lines.
    static func timestamp(_ seconds: Double) -> String {
        let milliseconds = Int64((seconds * 1000).rounded(.down))
        let dayMilliseconds = ((milliseconds % 86_400_000) + 86_400_000) % 86_400_000
        let hours = dayMilliseconds / 3_600_000
        let minutes = dayMilliseconds / 60_000 % 60
        let secs = dayMilliseconds / 1000 % 60
        let millis = dayMilliseconds % 1000
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let three = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(two(hours)):\(two(minutes)):\(two(secs)).\(three)Z"
    }
}
