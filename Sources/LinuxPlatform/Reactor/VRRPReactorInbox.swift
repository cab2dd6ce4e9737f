import Synchronization

/// Where other threads hand work to the VRRP reactor thread: jobs of tasks that prefer it as their
/// executor, and clock sleeps. The thread is woken through an eventfd only when it is about to sleep
/// or asleep, so work posted from the thread itself (a received packet resuming the loop) costs no
/// syscall. The lock is the reactor's own: no other subsystem takes it.
final class VRRPReactorInbox: Sendable {
    private struct State {
        var jobs: [UnownedJob] = []
        var sleeps: [ReactorSleep] = []
        var stopping = false
        var sleeping = false
        /// Set once the thread has ended: nothing posted from then on reaches it.
        var closed = false
        var executor: UnownedTaskExecutor?
    }

    let wakeFD: Int32
    private let state: Mutex<State>
    /// The thread's kernel id, stored by the thread as it starts (0 until then).
    let threadID = Atomic<Int32>(0)
    /// Why the thread ended on its own, if it did.
    let failure = Mutex<String?>(nil)

    init(wakeFD: Int32) {
        self.wakeFD = wakeFD
        var initial = State()
        initial.jobs.reserveCapacity(64)
        initial.sleeps.reserveCapacity(16)
        state = Mutex(initial)
    }

    /// Queues `job`; false once the thread has ended (the caller runs it elsewhere).
    func post(job: UnownedJob) -> Bool {
        post { $0.jobs.append(job) }
    }

    /// Queues `sleep`; false once the thread has ended.
    func post(sleep: ReactorSleep) -> Bool {
        post { $0.sleeps.append(sleep) }
    }

    private func post(_ add: (inout State) -> Void) -> Bool {
        let (accepted, wake) = state.withLock { state -> (Bool, Bool) in
            guard !state.closed else { return (false, false) }
            add(&state)
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

    /// Asks the thread to end.
    func stop() {
        state.withLock { $0.stopping = true }
        System.signal(eventFD: wakeFD)
    }

    /// Swaps what was posted into the thread's (empty) buffers, so neither side allocates once both
    /// have grown; true when the thread must stop.
    func take(jobs: inout [UnownedJob], sleeps: inout [ReactorSleep]) -> Bool {
        state.withLock { state in
            state.sleeping = false
            swap(&state.jobs, &jobs)
            swap(&state.sleeps, &sleeps)
            return state.stopping
        }
    }

    /// The thread is ending: what is still queued comes back, and every later post is refused.
    func close() -> (jobs: [UnownedJob], sleeps: [ReactorSleep]) {
        state.withLock { state in
            state.closed = true
            defer {
                state.jobs = []
                state.sleeps = []
            }
            return (state.jobs, state.sleeps)
        }
    }

    /// The thread is awake again: work posted from now on needs no eventfd write.
    func awake() {
        state.withLock { $0.sleeping = false }
    }

    /// Marks the thread asleep unless work or a stop is pending; false means "do not sleep".
    func maySleep() -> Bool {
        state.withLock { state in
            guard state.jobs.isEmpty, state.sleeps.isEmpty, !state.stopping else { return false }
            state.sleeping = true
            return true
        }
    }
}
