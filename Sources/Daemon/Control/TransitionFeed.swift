import Engine
import FoundationEssentials
import Synchronization
import VRRP

/// The VRRP transitions as they happen, for `vigil status --watch`: the VRRP loop reports each
/// engine step (`notice`), the feed compares the instances' and sync groups' states with the last
/// ones and hands a line per change to every watcher. Delivery must not block (watchers queue on
/// their channel's event loop).
public final class TransitionFeed: Sendable {
    /// Gets each line, then nil when the feed ends (the daemon stops).
    public typealias Watcher = @Sendable (String?) -> Void

    private struct State: Sendable {
        var instances: [String: VRRPState] = [:]
        var groups: [String: VRRPState] = [:]
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
