import Engine
import HealthCheck
import KeepalivedConfig
import NetworkPrimitives
import Runtime
import Synchronization

/// The checker side of the daemon, assembled: chooses the data plane, builds the `CheckerEngine`'s
/// runtime (Runtime's `RuntimeLoop` with a `CheckerEffectInterpreter` on these ports) and runs it;
/// turns keepalived configurations into the engine's (Docs/Modules/CheckerService.md).
public final class CheckerService: Sendable {
    struct Running: Sendable {
        var core: SharedCore<CheckerEngine>
        var inbox: Inbox<CheckerEngine.Event>
        var selection: DataPlaneSelection
        var log: any LogSink
        var applier: DataPlaneApplier
    }

    /// What arrived before `run` installed its loop: the newest configuration, and a stop.
    struct Early: Sendable {
        var configuration: KeepalivedConfiguration?
        var stop = false
    }

    let ports: CheckerServicePorts
    let running = Mutex<Running?>(nil)
    /// Taken only inside `running`'s lock, so nothing posted while the loop starts is lost.
    let early = Mutex(Early())
    private let began = Atomic<Bool>(false)
    /// ha_suspend: the host's address changes, into the running loop.
    let addresses = LocalAddressFeed()

    /// True once `run` has been called: the daemon starts the service with the first configuration that
    /// has virtual servers, so before that it has none.
    public var hasStarted: Bool { began.load(ordering: .acquiring) }

    public init(ports: CheckerServicePorts) {
        self.ports = ports
    }

    /// Runs until the calling task is cancelled or `stop()` is called, then removes what it installed
    /// (unless `options.releasesOnExit` is false). The loop runs on `ports.executor` when set. `log`
    /// receives every line, in keepalived's words where keepalived has a line. `alerts`, when given,
    /// is shown the checkers' changes and mails real-server and quorum alerts; `fifo`, when given,
    /// receives the `RS` and `VS` lines of `notify_fifo`/`lvs_notify_fifo`.
    public func run(
        configuration: KeepalivedConfiguration, options: CheckerServiceOptions, log: any LogSink,
        alerts: AlertNotifier? = nil, fifo: (any NotifyFIFOSink)? = nil, feed: TransitionFeed? = nil
    ) async {
        began.store(true, ordering: .releasing)
        let selection = selectDataPlane(options)
        log.write(selection.isDegraded ? .warning(selection.logLine) : .info(selection.logLine))
        let core = SharedCore(CheckerEngine(seed: options.seed ?? UInt64.random(in: .min ... .max)))
        let applier = DataPlaneApplier(
            dataPlane: await prepare(
                dataPlane(for: selection, options: options), configuration.globalDefinitions.lvs, log: log),
            clock: ports.clock,
            retryDelay: options.applyRetryDelay, log: log)
        let interpreter = CheckerEffectInterpreter(
            prober: ports.prober, scripts: ports.scripts, applier: applier, log: log,
            releasesOnExit: options.releasesOnExit,
            routes: configuration.bgp.map { ports.makeRouteAnnouncer($0, log) })
        let loop = RuntimeLoop(
            interpreter: interpreter, clock: ports.clock, executor: ports.executor, grid: .probeReactor)
        let installed = running.withLock { state -> Early? in
            guard state == nil else { return nil }
            state = Running(core: core, inbox: loop.inbox, selection: selection, log: log, applier: applier)
            return early.withLock { early in
                defer { early = Early() }
                return early
            }
        }
        guard let installed else { return log.write(.error("The checker service is already running")) }
        configure(installed.configuration ?? configuration, inbox: loop.inbox, log: log)
        if installed.stop { loop.inbox.post(.command(.stop)) }
        if alerts != nil || fifo != nil || feed != nil {
            _ = await loop.run(
                NotifyingCheckerCore(core: core, alerts: alerts, fifo: fifo, feed: feed, clock: ports.clock))
        } else {
            _ = await loop.run(core)
        }
        running.withLock { $0 = nil }
        addresses.close()
    }

    /// Applies a new configuration (SIGHUP): checkers with unchanged keys keep their state. Before `run`
    /// has started its loop, the configuration waits for it (and replaces the one `run` was given).
    public func reload(configuration: KeepalivedConfiguration) {
        let target = running.withLock { state -> (Inbox<CheckerEngine.Event>, any LogSink)? in
            guard let state else {
                early.withLock { $0.configuration = configuration }
                return nil
            }
            return (state.inbox, state.log)
        }
        guard let (inbox, log) = target else { return }
        configure(configuration, inbox: inbox, log: log)
    }

    /// Ends `run` as cancelling its task would; a `run` that has not started its loop yet stops at once.
    public func stop() {
        running.withLock { state in
            guard let state else { return early.withLock { $0.stop = true } }
            state.inbox.post(.command(.stop))
        }
    }

    /// The loop's counters: inputs posted and handled, probes in flight.
    public var activity: RuntimeActivity { running.withLock { $0?.inbox.activity } ?? RuntimeActivity() }

    /// Every virtual server, its real servers, their health, weight and last check; empty when not running.
    public func snapshot() -> CheckerSnapshot {
        let now = ports.clock.now
        return running.withLock { $0?.core.read { $0.snapshot(now: now) } } ?? CheckerSnapshot(takenAt: now)
    }

    /// The data plane's name with the reason it was chosen (`nftables (IPVS unavailable: …)`) and its
    /// state (`in sync`, `failing: …`); nil when the service is not running.
    public func dataPlaneStatus() -> (name: String, state: DataPlaneApplier.Status)? {
        running.withLock { state in
            state.map { (String($0.selection.logLine.trimmingPrefix("Data plane: ")), $0.applier.status) }
        }
    }

    /// The checker part of the SIGUSR1 data dump.
    public func dataDump() -> String {
        let now = ports.clock.now
        let (snapshot, plane) = running.withLock { state in
            (state?.core.read { $0.snapshot(now: now) }, state.map { $0.selection.logLine } ?? "not running")
        }
        return (snapshot ?? CheckerSnapshot(takenAt: now)).dataDump(
            dataPlane: String(plane.trimmingPrefix("Data plane: ")), now: now)
    }

    /// Assembles `configuration` (scripts without a `user` of their own run as `script_user`, and
    /// script security is judged, as on the VRRP side), logs what it leaves out, and hands the result
    /// to the engine.
    private func configure(
        _ configuration: KeepalivedConfiguration, inbox: Inbox<CheckerEngine.Event>, log: any LogSink
    ) {
        let vetting = ScriptVetting.system(for: configuration, userExists: ports.userExists)
        let assembled = CheckerAssembly.assemble(configuration, vetting: vetting)
        assembled.warnings.forEach { log.write(.warning($0)) }
        addresses.follow(assembled.configuration, inbox: inbox, open: ports.makeLocalAddressMonitor, log: log)
        inbox.post(.engine(.configured(assembled.configuration)))
    }
}
