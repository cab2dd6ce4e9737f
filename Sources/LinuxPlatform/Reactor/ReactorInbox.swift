import Synchronization

/// What a reactor thread takes from its inbox in one go (`ReactorInbox`): jobs of tasks that prefer
/// it as their executor, clock sleeps, whatever else the reactor serves, and the request to stop.
package protocol ReactorWork: Sendable {
    init()
    var jobs: [UnownedJob] { get set }
    var sleeps: [ReactorSleep] { get set }
    /// True when nothing is queued (a stop request aside).
    var isEmpty: Bool { get }
    /// The thread has been asked to end.
    var stopping: Bool { get set }
}

/// Where other threads hand work to a reactor thread (the VRRP reactor's, the stream probes'). The
/// thread is woken through an eventfd only when it is about to sleep or asleep, so work posted while
/// it is busy, and work it posts to itself (a packet or a completion resuming a task on it), costs no
/// syscall. The lock is the reactor's own: no other subsystem takes it.
package final class ReactorInbox<Work: ReactorWork>: Sendable {
    private struct State {
        var work: Work
        var sleeping = false
        /// Set once the thread has ended: nothing posted from then on reaches it.
        var closed = false
        var executor: UnownedTaskExecutor?
    }

    package let wakeFD: Int32
    private let state: Mutex<State>

    /// An inbox woken through `wakeFD`; `initial` may come with reserved capacity.
    package init(wakeFD: Int32, initial: Work = Work()) {
        self.wakeFD = wakeFD
        state = Mutex(State(work: initial))
    }

    /// Queues what `add` appends; false once the thread has ended (the caller handles it elsewhere).
    package func post(_ add: (inout Work) -> Void) -> Bool {
        let (accepted, wake) = state.withLock { state -> (Bool, Bool) in
            guard !state.closed else { return (false, false) }
            add(&state.work)
            defer { state.sleeping = false }
            return (true, state.sleeping)
        }
        if wake { System.signal(eventFD: wakeFD) }
        return accepted
    }

    /// Queues `job`; false once the thread has ended (the caller runs it elsewhere).
    package func post(job: UnownedJob) -> Bool {
        post { $0.jobs.append(job) }
    }

    /// Queues `sleep`; false once the thread has ended.
    package func post(sleep: ReactorSleep) -> Bool {
        post { $0.sleeps.append(sleep) }
    }

    /// The executor the jobs run on: the reactor, set once it is made (before any job can come).
    package var executor: UnownedTaskExecutor? {
        get { state.withLock { $0.executor } }
        set { state.withLock { $0.executor = newValue } }
    }

    /// Asks the thread to end.
    package func stop() {
        state.withLock { $0.work.stopping = true }
        System.signal(eventFD: wakeFD)
    }

    /// Everything posted since the last take; the inbox starts afresh (still stopping if it was).
    package func take() -> Work {
        state.withLock { state in
            state.sleeping = false
            let stopping = state.work.stopping
            defer {
                state.work = Work()
                state.work.stopping = stopping
            }
            return state.work
        }
    }

    /// Swaps what was posted with `work`, which the thread has emptied, so neither side allocates
    /// once both buffers have grown; true when the thread must stop.
    package func take(swapping work: inout Work) -> Bool {
        state.withLock { state in
            state.sleeping = false
            let stopping = state.work.stopping
            swap(&state.work, &work)
            state.work.stopping = stopping
            return stopping
        }
    }

    /// The thread is ending: what is still queued comes back, and every later post is refused.
    package func close() -> Work {
        state.withLock { state in
            state.closed = true
            defer {
                state.work = Work()
                state.work.stopping = true
            }
            return state.work
        }
    }

    /// The thread is awake again: work posted from now on needs no eventfd write.
    package func awake() {
        state.withLock { $0.sleeping = false }
    }

    /// Marks the thread asleep unless work or a stop is pending; false means "do not sleep".
    package func maySleep() -> Bool {
        state.withLock { state in
            guard state.work.isEmpty, !state.work.stopping else { return false }
            state.sleeping = true
            return true
        }
    }
}
