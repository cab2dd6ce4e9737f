import HealthCheck
import LinuxPlatform
import NetworkPrimitives

/// TCP_CHECK and plain HTTP_GET (Docs/Keepalived.md §2.3, §4.2) on one epoll thread, without a channel
/// pipeline: a check costs socket, connect, send, epoll_ctl, recv and close, where swift-nio's
/// bootstrap needs about 25 system calls (Docs/Benchmarks.md). Thousands of probes run at once,
/// each bounded by its own deadline; results are delivered on the reactor thread. The thread is
/// also a task executor and a clock (`+Executor`, `+Clock`), so a checker loop can run on it too.
public final class StreamProbeReactor: Sendable {
    /// Called once per probe, on the reactor thread; it must not block.
    public typealias Completion = @Sendable (ProbeResult) -> Void

    /// The name the thread carries (`/proc/<pid>/task/<tid>/comm`).
    public static let threadName = "vigil-probes"

    public let maximumInFlight: Int
    let inbox: ReactorInbox<StreamProbeWork>
    private let thread: OSThread

    /// A reactor whose sockets are opened in network namespace `networkNamespace` (`/run/netns`),
    /// or in the caller's; at most `maximumInFlight` probes hold a socket at once, others queue.
    /// A timed start may run up to `startCoalescing` early, so one wake-up starts a batch of probes;
    /// while probes are in flight the thread wakes on the `eventBatching` grid for all events at once
    /// (zero: at each event). Both trade a few milliseconds of a check's timing for fewer wake-ups.
    public init(
        maximumInFlight: Int = ProbeRunner.defaultMaximumInFlight, startCoalescing: Duration = .milliseconds(10),
        eventBatching: Duration = .milliseconds(20), networkNamespace: String? = nil
    ) throws(SystemError) {
        let epoll = try System.epollCreate()
        let wake: Int32
        do {
            wake = try System.eventFD()
            try System.epollAdd(epoll, wake, events: System.EpollEvent.readable, data: StreamProbeLoop.wakeToken)
        } catch {
            System.close(epoll)
            throw error
        }
        let inbox = ReactorInbox<StreamProbeWork>(wakeFD: wake)
        self.inbox = inbox
        self.maximumInFlight = maximumInFlight
        thread = try OSThread.spawn(name: Self.threadName) {
            var failure: String?
            if let networkNamespace {
                do throws(SystemError) {
                    try NetworkNamespace.enterOnThisThread(named: networkNamespace)
                } catch {
                    failure = "cannot enter network namespace \(networkNamespace): \(error.reason)"
                }
            }
            StreamProbeLoop(
                epoll: epoll, maximumInFlight: maximumInFlight, startCoalescing: startCoalescing,
                eventBatching: eventBatching, failure: failure
            ).run(inbox)
            System.close(wake)
            System.close(epoll)
        }
        inbox.executor = asUnownedTaskExecutor()
    }

    // The last reference may drop on the reactor thread itself (in a completion or a job): it
    // cannot wait for itself, so it runs on to the end of its loop and the system reclaims it.
    deinit {
        inbox.stop()
        if thread.isCurrent { thread.detach() } else { thread.join() }
    }

    /// True when called on the reactor's thread (in a completion, or a job of a task preferring it).
    public var isCurrentThread: Bool { thread.isCurrent }

    /// True for the probes this reactor runs: TCP_CHECK and HTTP_GET without TLS.
    public static func runs(_ spec: ProbeSpec) -> Bool {
        switch spec {
        case .tcpConnect: true
        case .http(let probe): probe.tls == nil
        case .misc, .smtp, .dns, .udp, .ping, .file: false
        }
    }

    /// Starts `key` (at `startAt`, or now) and calls `completion` with its result, at the latest when
    /// `key.timeout` has passed since `requestedAt` (default: the start). `key.spec` must be one
    /// `runs(_:)` accepts; any other fails at once.
    public func start(
        _ key: ProbeKey, requestedAt: MonotonicInstant? = nil, startAt: MonotonicInstant? = nil,
        completion: @escaping Completion
    ) {
        guard Self.runs(key.spec) else {
            return completion(.failure(reason: "\(key.spec.keyword) is not run by the stream reactor"))
        }
        let request = StreamProbeRequest(key: key, requestedAt: requestedAt, startAt: startAt, completion: completion)
        if !inbox.post({ $0.requests.append(request) }) { completion(.failure(reason: "probe runner stopped")) }
    }

    /// The monotonic clock the reactor's deadlines use (CLOCK_MONOTONIC, as swift-nio's).
    public static func now() -> MonotonicInstant { System.monotonicNow() }
}
