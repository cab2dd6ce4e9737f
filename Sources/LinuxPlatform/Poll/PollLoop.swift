import Glibc
import Synchronization

/// Watches many descriptors for readability on ONE dedicated thread (`poll()`), and calls each
/// descriptor's handler on that thread. A self-pipe wakes the thread when registrations change
/// and on shutdown. Handlers must drain their descriptor (read until it would block), since
/// `poll()` is level-triggered, and must not block. `stream(of:drain:)` turns a descriptor into an
/// `AsyncStream` for the async runtime; `RawVRRPSocket.datagrams(on:)` and
/// `NetlinkLinkMonitor.events(on:)` build on it. The thread runs until `shutdown()`.
public final class PollLoop: Sendable {
    /// A handle for `unregister`.
    public struct Registration: Hashable, Sendable {
        let id: Int
    }

    private struct Entry: Sendable {
        let descriptor: Int32
        let handler: @Sendable (PollEvents) -> Void
    }

    private struct State: Sendable {
        var entries: [Int: Entry] = [:]
        var nextID = 0
        var stopping = false
    }

    private let state = Mutex(State())
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let thread = Mutex<OSThread?>(nil)

    /// Starts the loop thread.
    public init(name: String = "vigil-poll") throws(SystemError) {
        (wakeRead, wakeWrite) = try System.pipe()
        let spawned = try OSThread.spawn(name: name) { [self] in run() }
        thread.withLock { $0 = spawned }
    }

    /// Calls `handler` on the loop thread whenever `descriptor` is readable (or in error). The
    /// caller keeps the descriptor open until it unregisters.
    public func register(_ descriptor: Int32, handler: @escaping @Sendable (PollEvents) -> Void) -> Registration {
        let id = state.withLock { state in
            state.nextID += 1
            state.entries[state.nextID] = Entry(descriptor: descriptor, handler: handler)
            return state.nextID
        }
        wake()
        return Registration(id: id)
    }

    /// Stops watching; the handler is not called again once the loop thread has seen the change
    /// (a call already under way on the loop thread finishes).
    public func unregister(_ registration: Registration) {
        state.withLock { _ = $0.entries.removeValue(forKey: registration.id) }
        wake()
    }

    /// An async stream of what `drain` reads from `descriptor`: whenever the descriptor is
    /// readable, `drain` runs on the loop thread, must read until the descriptor would block, and
    /// returns what it read. The stream finishes when the descriptor hangs up or closes with
    /// nothing left to read; ending the iteration unregisters it. Keeps the newest `limit`
    /// elements if the consumer falls behind.
    public func stream<Element: Sendable>(
        of descriptor: Int32, bufferingNewest limit: Int = 1024, drain: @escaping @Sendable () -> [Element]
    ) -> AsyncStream<Element> {
        AsyncStream(bufferingPolicy: .bufferingNewest(limit)) { continuation in
            let registration = register(descriptor) { events in
                let elements = drain()
                for element in elements { continuation.yield(element) }
                if elements.isEmpty, !events.isDisjoint(with: [.hangUp, .invalid]) { continuation.finish() }
            }
            continuation.onTermination = { [weak self] _ in self?.unregister(registration) }
        }
    }

    /// Stops the thread and waits for it (unless called from a handler); closes the wake pipe.
    public func shutdown() {
        let first = state.withLock { state in
            defer { state.stopping = true }
            return !state.stopping
        }
        guard first else { return }
        wake()
        let loopThread = thread.withLock { $0 }
        if let loopThread, !loopThread.isCurrent { loopThread.join() }
    }

    deinit {
        System.close(wakeRead)
        System.close(wakeWrite)
    }

    private func wake() {
        _ = try? System.write(wakeWrite, [1])
    }

    private func run() {
        while true {
            let (stopping, entries) = state.withLock { ($0.stopping, $0.entries) }
            if stopping { return }
            var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let ordered = entries.sorted { $0.key < $1.key }
            fds += ordered.map { pollfd(fd: $0.value.descriptor, events: Int16(POLLIN), revents: 0) }
            guard (try? System.poll(&fds, timeoutMilliseconds: -1)) != nil else { continue }
            if fds[0].revents != 0 { drainWakePipe() }
            for (slot, (id, entry)) in ordered.enumerated() where fds[slot + 1].revents != 0 {
                dispatch(id: id, entry: entry, events: PollEvents(rawValue: fds[slot + 1].revents))
            }
        }
    }

    private func dispatch(id: Int, entry: Entry, events: PollEvents) {
        // Skip entries unregistered since the snapshot; drop descriptors that were closed.
        let live = state.withLock { state in
            guard state.entries[id] != nil else { return false }
            if events.contains(.invalid) { state.entries[id] = nil }
            return true
        }
        if live { entry.handler(events) }
    }

    private func drainWakePipe() {
        var scratch = [UInt8](repeating: 0, count: 64)
        while true {
            let n = scratch.withUnsafeMutableBytes { try? System.read(wakeRead, into: $0) }
            guard let count = n ?? nil, count > 0 else { return }
        }
    }
}
