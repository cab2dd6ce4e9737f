import HealthCheck
import LinuxPlatform
import NIOCore
import NetworkPrimitives
import NIOPosix
import NIOSSL
import Runtime
import Synchronization

/// Runs health-check probes (Docs/Keepalived.md §2.3 checker table, §4.2) as non-blocking state machines on
/// one event loop: thousands may be in flight at once, each bounded by its own deadline.
/// With a `StreamProbeReactor`, TCP_CHECK and plain HTTP_GET run there instead (far fewer system
/// calls per check); SSL_GET, SMTP, DNS, UDP, PING and MISC stay on the event loop.
///
/// Every probe, whichever kind and wherever it runs, passes one in-flight cap (`ProbeAdmission`):
/// at most `maximumInFlight` at once, the rest waiting in order with their budget running, and one
/// that cannot start before its `timeout` ends fails unstarted (`+Admission`).
public final class ProbeRunner: Sendable {
    /// Every probe's sockets, timers and process watchers live on this loop.
    public let eventLoop: any EventLoop
    /// Runs TCP_CHECK and plain HTTP_GET when set.
    public let streams: StreamProbeReactor?
    private let tls: TLSClient
    /// ICMP socket kinds PING_CHECK tries, in order (tests force the raw path).
    let pingSockets: [PingExchange.SocketKind]
    private let deadlines: NIOLoopBoundBox<DeadlineQueue>
    /// Runs MISC_CHECK scripts: the daemon's one script runner.
    let scripts: any ScriptRunner
    /// Probes in flight and waiting, across every kind.
    let admission: Mutex<AdmissionState>

    /// A runner on `eventLoop`; SSL_GET uses `tlsConfiguration` (default: no certificate checks, like
    /// keepalived without an `SSL { }` block). At most `maximumInFlight` probes run at once.
    /// MISC_CHECK scripts run through `scripts` (default: a `ProcessScriptRunner` of this process's
    /// environment, the scripts' output to /dev/null as MISC_CHECK's always was).
    public convenience init(
        eventLoop: any EventLoop, tlsConfiguration: TLSConfiguration? = nil, streams: StreamProbeReactor? = nil,
        scripts: any ScriptRunner = ProcessScriptRunner(output: .null),
        maximumInFlight: Int = ProbeRunner.defaultMaximumInFlight
    ) {
        self.init(
            eventLoop: eventLoop, tlsConfiguration: tlsConfiguration, pingSockets: [.datagram, .raw], streams: streams,
            scripts: scripts, maximumInFlight: maximumInFlight)
    }

    /// As `init(eventLoop:tlsConfiguration:...)`, SSL_GET presenting `identity` (keepalived's root
    /// `SSL { }` block) when given.
    public convenience init(
        eventLoop: any EventLoop, identity: SSLClientIdentity?, streams: StreamProbeReactor? = nil,
        scripts: any ScriptRunner = ProcessScriptRunner(output: .null)
    ) {
        self.init(
            eventLoop: eventLoop, tlsConfiguration: identity?.configuration, pingSockets: [.datagram, .raw],
            streams: streams, scripts: scripts)
    }

    init(
        eventLoop: any EventLoop, tlsConfiguration: TLSConfiguration?, pingSockets: [PingExchange.SocketKind],
        streams: StreamProbeReactor? = nil, scripts: any ScriptRunner = ProcessScriptRunner(output: .null),
        maximumInFlight: Int = ProbeRunner.defaultMaximumInFlight
    ) {
        self.scripts = scripts
        self.eventLoop = eventLoop
        self.streams = streams
        tls = TLSClient(configuration: tlsConfiguration ?? TLSClient.keepalivedDefault)
        self.pingSockets = pingSockets
        deadlines = NIOLoopBoundBox.makeBoxSendingValue(DeadlineQueue(eventLoop: eventLoop), eventLoop: eventLoop)
        admission = Mutex(AdmissionState(admission: ProbeAdmission(maximumInFlight: maximumInFlight)))
    }

    /// Starts the probe `key` describes; the future always succeeds, with the probe's result, at the
    /// latest when `key.timeout` has passed since the call.
    public func probe(_ key: ProbeKey) -> EventLoopFuture<ProbeResult> {
        let promise = eventLoop.makePromise(of: ProbeResult.self)
        start(key) { promise.succeed($0) }
        return promise.futureResult
    }

    /// Starts the probe `key` describes and calls `completion` once with its result, on the reactor
    /// thread or the event loop (at once on the caller's thread when it fails unstarted); it must
    /// not block.
    public func start(_ key: ProbeKey, completion: @escaping @Sendable (ProbeResult) -> Void) {
        admit(AdmittedProbe(key: key, completion: completion), at: System.monotonicNow())
    }

    /// Runs one probe and returns its result.
    public func run(_ key: ProbeKey) async -> ProbeResult {
        do {
            return try await probe(key).get()
        } catch {
            return .failure(reason: "probe not run: \(error)")
        }
    }

    /// Runs `spec` against `target`, giving up after `timeout`.
    public func run(_ spec: ProbeSpec, target: ProbeTarget, timeout: Duration) async -> ProbeResult {
        await run(ProbeKey(target: target, spec: spec, timeout: timeout))
    }

    /// Runs an admitted probe where its kind runs, its budget counted from `requestedAt` (it waited
    /// for a slot) or from now; `completion` is called once.
    func launch(
        _ key: ProbeKey, requestedAt: MonotonicInstant?, completion: @escaping @Sendable (ProbeResult) -> Void
    ) {
        if let streams, StreamProbeReactor.runs(key.spec) {
            return streams.start(key, requestedAt: requestedAt, completion: completion)
        }
        let budgetStart = requestedAt.map { NIODeadline.uptimeNanoseconds(UInt64(max(0, $0.nanoseconds))) }
        if eventLoop.inEventLoop { return start(key, requestedAt: budgetStart).whenSuccess(completion) }
        eventLoop.execute { self.start(key, requestedAt: budgetStart).whenSuccess(completion) }
    }

    private func start(_ key: ProbeKey, requestedAt: NIODeadline?) -> EventLoopFuture<ProbeResult> {
        let deadlines = self.deadlines.value
        let timeout = key.timeout
        let deferred = requestedAt != nil
        let attempt = ProbeAttempt(eventLoop: eventLoop, timeout: timeout, from: requestedAt ?? .now()) {
            deadlines.finished(timeout: timeout, deferred: deferred)
        }
        deadlines.add(attempt, timeout: timeout, deferred: deferred)
        switch key.spec {
        case .tcpConnect:
            TCPConnectExchange.run(key.target, attempt: attempt)
        case .http(let probe):
            HTTPGetExchange.run(probe, target: key.target, attempt: attempt, tls: tls)
        case .misc(let probe):
            MiscExchange.run(probe, timeout: timeout, attempt: attempt, scripts: scripts)
        case .smtp(let probe):
            SMTPExchange.run(probe, target: key.target, attempt: attempt)
        case .dns(let probe):
            DNSExchange.run(probe, target: key.target, attempt: attempt)
        case .udp(let probe):
            UDPExchange.run(probe, target: key.target, attempt: attempt)
        case .ping:
            PingExchange.run(target: key.target, attempt: attempt, preferring: pingSockets)
        case .file(let probe):
            // A small file (keepalived reads 127 bytes), read on the loop.
            attempt.finish(probe.result(forValue: TrackedFileWatcher.read(probe.path)))
        }
        return attempt.futureResult
    }
}
