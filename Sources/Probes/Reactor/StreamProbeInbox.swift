import LinuxPlatform
import Synchronization

/// Where other threads hand work to the reactor thread: probes to start, jobs of tasks that prefer
/// the reactor as their executor, and clock sleeps. The thread is woken through an eventfd only
/// when it is about to sleep or asleep, so a busy reactor (and the reactor itself, posting from its
/// own thread) takes work without a syscall.
final class StreamProbeInbox: Sendable {
    /// What the thread takes in one go.
    struct Batch {
        var requests: [StreamProbeRequest] = []
        var jobs: [UnownedJob] = []
        var sleeps: [ReactorSleep] = []
        var stopping = false

        var isEmpty: Bool { requests.isEmpty && jobs.isEmpty && sleeps.isEmpty }
    }

    private struct State {
        var batch = Batch()
        var sleeping = false
        /// Set once the thread has ended: nothing posted from then on reaches it.
        var closed = false
        var executor: UnownedTaskExecutor?
    }

    let wakeFD: Int32
    private let state = Mutex(State())

    init(wakeFD: Int32) { self.wakeFD = wakeFD }

    /// Queues `request`; false once the thread has ended (the caller fails the probe itself).
    func post(_ request: StreamProbeRequest) -> Bool {
        post { $0.requests.append(request) }
    }

    /// Queues `job`; false once the thread has ended (the caller runs it elsewhere).
    func post(job: UnownedJob) -> Bool {
        post { $0.jobs.append(job) }
    }

    /// Queues `sleep`; false once the thread has ended.
    func post(sleep: ReactorSleep) -> Bool {
        post { $0.sleeps.append(sleep) }
    }

    private func post(_ add: (inout Batch) -> Void) -> Bool {
        let (accepted, wake) = state.withLock { state -> (Bool, Bool) in
            guard !state.closed else { return (false, false) }
            add(&state.batch)
            defer { state.sleeping = false }
            return (true, state.sleeping)
        }
        if wake { System.signal(eventFD: wakeFD) }
        return accepted
    }

    /// The executor the jobs run on: the reactor, set once it is made (before any job can come).
    var executor: UnownedTaskExecutor? {
        get { state.withLock { $0.executor } }
        set { state.withLock { $0.executor = newValue } }
    }

    /// Asks the thread to fail what it holds and end.
    func stop() {
        state.withLock { $0.batch.stopping = true }
        System.signal(eventFD: wakeFD)
    }

    /// Everything posted since the last call, and whether the thread must stop.
    func take() -> Batch {
        state.withLock { state in
            state.sleeping = false
            let stopping = state.batch.stopping
            defer { state.batch = Batch(stopping: stopping) }
            return state.batch
        }
    }

    /// The thread is ending: what is still queued comes back, and every later post is refused.
    func close() -> Batch {
        state.withLock { state in
            state.closed = true
            defer { state.batch = Batch(stopping: true) }
            return state.batch
        }
    }

    /// The thread is awake again: work posted from now on needs no eventfd write (completions that
    /// start the next probe post from the reactor thread itself).
    func awake() {
        state.withLock { $0.sleeping = false }
    }

    /// Marks the thread asleep unless work or a stop is pending; false means "do not sleep".
    func maySleep() -> Bool {
        state.withLock { state in
            guard state.batch.isEmpty, !state.batch.stopping else { return false }
            state.sleeping = true
            return true
        }
    }
}
