import LinuxPlatform
import Synchronization

/// Where other threads hand probes to the reactor thread. The thread is woken through an eventfd
/// only when it is about to sleep or asleep, so a busy reactor takes requests without a syscall.
final class StreamProbeInbox: Sendable {
    private struct State {
        var requests: [StreamProbeRequest] = []
        var sleeping = false
        var stopping = false
    }

    let wakeFD: Int32
    private let state = Mutex(State())

    init(wakeFD: Int32) { self.wakeFD = wakeFD }

    func post(_ request: StreamProbeRequest) {
        let wake = state.withLock { state in
            state.requests.append(request)
            defer { state.sleeping = false }
            return state.sleeping
        }
        if wake { System.signal(eventFD: wakeFD) }
    }

    /// Asks the thread to fail what it holds and end.
    func stop() {
        state.withLock { $0.stopping = true }
        System.signal(eventFD: wakeFD)
    }

    /// The requests posted since the last call, and whether the thread must stop.
    func take() -> (requests: [StreamProbeRequest], stopping: Bool) {
        state.withLock { state in
            state.sleeping = false
            defer { state.requests.removeAll(keepingCapacity: true) }
            return (state.requests, state.stopping)
        }
    }

    /// The thread is awake again: requests posted from now on need no eventfd write (completions
    /// that start the next probe post from the reactor thread itself).
    func awake() {
        state.withLock { $0.sleeping = false }
    }

    /// Marks the thread asleep unless a request or a stop is pending; false means "do not sleep".
    func maySleep() -> Bool {
        state.withLock { state in
            guard state.requests.isEmpty, !state.stopping else { return false }
            state.sleeping = true
            return true
        }
    }
}
