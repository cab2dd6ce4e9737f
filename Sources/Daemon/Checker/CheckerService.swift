import Engine
import HealthCheck
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives
import Synchronization

/// The checker side of the daemon: runs every `virtual_server`'s checkers, keeps the data plane
/// (IPVS, else nftables) in line with real-server health, runs notify and quorum scripts and logs in
/// keepalived's words (Docs/Modules/CheckerService.md). One inbox, one timer, one `CheckerEngine`.
public final class CheckerService: Sendable {
    enum Input: Sendable {
        case configured(KeepalivedConfiguration)
        case engine(CheckerEngine.Event)
        /// Probe results wait in `finishedProbes`; one input carries however many arrived meanwhile.
        case probesFinished
    }

    struct Running: Sendable {
        var engine: CheckerEngine
        var inbox: AsyncStream<Input>.Continuation
        var selection: DataPlaneSelection
    }

    let ports: CheckerServicePorts
    let running = Mutex<Running?>(nil)
    let counters = CheckerServiceCounters()
    /// Results reported by the probe threads since the loop last took them (in arrival order).
    let finishedProbes = Mutex<[(CheckerKey, ProbeResult)]>([])

    public init(ports: CheckerServicePorts) {
        self.ports = ports
    }

    /// Runs until the calling task is cancelled or `stop()` is called, then removes what it installed
    /// (unless `options.releasesOnExit` is false). The loop runs on `ports.executor` when set. `log`
    /// receives every line, in keepalived's words where keepalived has a line.
    public func run(
        configuration: KeepalivedConfiguration, options: CheckerServiceOptions,
        log: @escaping @Sendable (CheckerLogLine) -> Void
    ) async {
        let selection = selectDataPlane(options)
        log(selection.isDegraded ? .warning(selection.logLine) : .info(selection.logLine))
        let (inbox, continuation) = AsyncStream.makeStream(of: Input.self)
        let engine = CheckerEngine(seed: options.seed ?? UInt64.random(in: .min ... .max))
        let installed = running.withLock { state in
            guard state == nil else { return false }
            state = Running(engine: engine, inbox: continuation, selection: selection)
            return true
        }
        guard installed else { return log(.error("The checker service is already running")) }
        let applier = DataPlaneApplier(
            dataPlane: dataPlane(for: selection, options: options), clock: ports.clock,
            retryDelay: options.applyRetryDelay, log: log)
        post(.configured(configuration), to: continuation)
        await withTaskExecutorPreference(ports.executor) {
            await serve(inbox: inbox, continuation: continuation, applier: applier, log: log)
        }
        running.withLock { $0 = nil }
        if options.releasesOnExit { await release(applier.dataPlane, log: log) }
    }

    /// Applies a new configuration (SIGHUP): checkers with unchanged keys keep their state.
    public func reload(configuration: KeepalivedConfiguration) {
        guard let inbox = running.withLock({ $0?.inbox }) else { return }
        post(.configured(configuration), to: inbox)
    }

    /// The loop's counters: inputs posted and handled, probes in flight.
    public var activity: CheckerServiceActivity { counters.activity }

    func post(_ input: Input, to inbox: AsyncStream<Input>.Continuation) {
        counters.inputPosted()
        switch inbox.yield(input) {
        case .enqueued: break
        // Never reaches the loop (it has ended), so it counts as handled.
        case .dropped, .terminated: counters.inputHandled()
        @unknown default: break
        }
    }

    /// Ends `run` as cancelling its task would.
    public func stop() {
        running.withLock { $0?.inbox.finish() }
    }

    /// Every virtual server, its real servers, their health, weight and last check; empty when not running.
    public func snapshot() -> CheckerSnapshot {
        let now = ports.clock.now
        return running.withLock { $0?.engine.snapshot(now: now) } ?? CheckerSnapshot(takenAt: now)
    }

    /// The checker part of the SIGUSR1 data dump.
    public func dataDump() -> String {
        let now = ports.clock.now
        let (snapshot, plane) = running.withLock { state in
            (state?.engine.snapshot(now: now), state.map { $0.selection.logLine } ?? "not running")
        }
        return (snapshot ?? CheckerSnapshot(takenAt: now)).dataDump(
            dataPlane: String(plane.trimmingPrefix("Data plane: ")), now: now)
    }
}
