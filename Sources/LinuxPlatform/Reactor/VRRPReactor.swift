import Synchronization

/// The VRRP path's own thread, `vigil-vrrp` (Docs/Modules/VRRPReactor.md): an epoll loop over the
/// VRRP sockets, an eventfd and a timerfd. It is also a task executor and a clock (`+Executor`,
/// `+Clock`), so the VRRP engine's loop, its timer and its advertisements run here, and a packet is
/// read, parsed and posted to the loop's inbox here, with no hop through another thread. keepalived's
/// `vrrp_rt_priority`, `vrrp_cpu_affinity` and `vrrp_priority` apply to this thread alone.
public final class VRRPReactor: Sendable {
    /// The name the thread carries (`/proc/<pid>/task/<tid>/comm`).
    public static let threadName = "vigil-vrrp"

    let inbox: ReactorInbox<VRRPReactorWork>
    /// What the thread reports about itself: its kernel id and why it ended on its own.
    private let record = ThreadRecord()
    private let watches: VRRPReactorWatches
    private let epoll: Int32
    private let thread: OSThread

    /// Starts the thread.
    public init() throws(SystemError) {
        let epoll = try System.epollCreate()
        var opened: [Int32] = [epoll]
        do {
            let wake = try System.eventFD()
            opened.append(wake)
            let timer = try System.monotonicTimerFD()
            opened.append(timer)
            try System.epollAdd(epoll, wake, events: System.EpollEvent.readable, data: VRRPReactorLoop.wakeToken)
            try System.epollAdd(epoll, timer, events: System.EpollEvent.readable, data: VRRPReactorLoop.timerToken)
            let inbox = ReactorInbox(wakeFD: wake, initial: VRRPReactorWork.reserved())
            let record = record
            let watches = VRRPReactorWatches()
            self.inbox = inbox
            self.watches = watches
            self.epoll = epoll
            thread = try OSThread.spawn(name: Self.threadName) {
                record.threadID.store(System.threadID(), ordering: .releasing)
                let reason = VRRPReactorLoop(epoll: epoll, timerFD: timer, watches: watches).run(inbox)
                record.failure.withLock { $0 = reason }
                System.close(timer)
                System.close(wake)
                System.close(epoll)
            }
        } catch {
            for fd in opened { System.close(fd) }
            throw error
        }
        inbox.executor = asUnownedTaskExecutor()
    }

    // The last reference may drop on the reactor thread itself (in a job): it cannot wait for
    // itself, so it runs on to the end of its loop and the system reclaims it.
    deinit {
        inbox.stop()
        if thread.isCurrent { thread.detach() } else { thread.join() }
    }

    /// True when called on the reactor's thread.
    public var isCurrentThread: Bool { thread.isCurrent }

    /// The thread's kernel id (`/proc/<pid>/task/<tid>`), once it has started.
    public var threadID: Int32? {
        let id = record.threadID.load(ordering: .acquiring)
        return id == 0 ? nil : id
    }

    /// Why the thread ended early (epoll failed), if it did.
    public var failureReason: String? { record.failure.withLock { $0 } }

    /// Calls `handler` on the reactor thread whenever `fd` is readable (level-triggered: the handler
    /// drains it without blocking). Returns the token for `unwatch`.
    package func watch(_ fd: Int32, whenReadable handler: @escaping @Sendable () -> Void) throws(SystemError)
        -> UInt64
    {
        let token = watches.add(handler)
        do {
            try System.epollAdd(epoll, fd, events: System.EpollEvent.readable, data: token)
        } catch {
            watches.remove(token)
            throw error
        }
        return token
    }

    /// Stops watching `fd` (call it before closing `fd`); its handler runs no more.
    package func unwatch(_ fd: Int32, token: UInt64) {
        System.epollRemove(epoll, fd)
        watches.remove(token)
    }
}

extension VRRPReactor {
    /// Written by the reactor thread, read by anyone.
    private final class ThreadRecord: Sendable {
        /// The thread's kernel id, stored as it starts (0 until then).
        let threadID = Atomic<Int32>(0)
        /// Why the thread ended on its own, if it did.
        let failure = Mutex<String?>(nil)
    }
}
