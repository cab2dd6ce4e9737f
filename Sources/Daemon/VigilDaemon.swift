import Dispatch
import Engine
import KeepalivedConfig
import LinuxPlatform
import LoadBalancer
import NetworkPrimitives
import Probes
import Runtime
import Synchronization

/// The daemon: configuration -> engine -> runtime -> Linux adapters, with keepalived's signals and
/// pid files (Docs/Modules/Daemon.md).
public enum VigilDaemon {
    /// Runs until SIGTERM/SIGINT; returns the process exit status (0, or 1 when it cannot start).
    public static func run(_ options: DaemonOptions) async -> Int32 {
        let logFile = options.logging.file.flatMap { try? FileLogOutput(path: $0) }
        let log = SwiftLogSink(logger: options.logging.logger(for: .vrrp, file: logFile))
        let checkerLog = SwiftLogSink(logger: options.logging.logger(for: .checker, file: logFile))
        log.write(.info("Starting Vigil VRRP daemon (pid \(CurrentProcess.id))"))
        if let path = options.logging.file, logFile == nil { log.write(.error("cannot open the log file \(path)")) }
        let platform: PlatformServices
        do {
            platform = try PlatformServices.open()
        } catch {
            log.write(.error("cannot open the kernel interfaces: \(error)"))
            return 1
        }
        defer { platform.close() }
        let source = ConfigurationSource(options: options, directory: platform.directory, addresses: platform.addresses)
        let assembly: Assembly
        let configuration: KeepalivedConfiguration
        switch source.load() {
        case .refused(let reason):
            log.write(.error(reason))
            return 1
        case .ready(let ready, let loaded, let diagnostics):
            if !diagnostics.isEmpty { log.write(.warning(diagnostics)) }
            assembly = ready
            configuration = loaded
        }
        for record in assembly.log { log.write(record) }
        if options.dumpsConfiguration { log.write(.info("Configuration:\n\(configuration.jsonValue.rendered())")) }
        initializeTrackFiles(configuration, log: log)
        let runsCheckers = options.subsystems.runsCheckers && !configuration.virtualServers.isEmpty
        let pidFiles = PidFile.daemonFiles(options, runsCheckers: runsCheckers)
        do {
            for file in pidFiles { try file.claim() }
        } catch {
            log.write(.error("\(error)"))
            return 1
        }
        defer { for file in pidFiles { file.release() } }
        // One runner for every script, the FIFO readers and startup/shutdown scripts included.
        let scripts = ProcessScriptRunner(log: log)
        // startup_script: run to its end (or its timeout) before anything starts, as keepalived does.
        let startStop = StartStopScripts(configuration, vetting: .system(for: configuration))
        startStop.notes.forEach { log.write($0) }
        await startStop.runStartup(scripts, log: log)
        let identity: SSLClientIdentity?
        do {
            identity = try sslIdentity(configuration, runsCheckers: runsCheckers)
        } catch {
            // keepalived's checker stops with a fatal error, and the parent stops as at SIGTERM.
            log.write(.error("\(error)"))
            await startStop.runShutdown(scripts, log: log)
            return 1
        }
        // SMTP alerts (Docs/Keepalived.md §6.4): queued and sent on SwiftNIO's event loop, so neither
        // loop ever waits for a mail server; without `smtp_server` the notifier sends nothing.
        let alerts = AlertNotifier(configuration: configuration, log: { log.write($0) })
        let fifos = NotifyFIFOs(configuration, scripts: scripts, log: log)
        // The checker service starts with the first configuration that has virtual servers: now, or at
        // the reload that adds the first one.
        // keepalived's scheduling keywords: memory lock and RLIMIT_RTTIME for the process, priority and
        // CPUs for the checker's probe thread here and for the VRRP thread in `serve`.
        let globals = configuration.globalDefinitions
        let processPlan = ProcessSchedulingSetup.plan(
            vrrp: globals.vrrpScheduling, checker: options.subsystems.runsCheckers ? globals.checkerScheduling : nil)
        let realtimeWarning = processPlan.realtimeLimit.map { _ in RealtimeLimitWarning(log: log) }
        defer { withExtendedLifetime(realtimeWarning) {} }
        ProcessSchedulingSetup.apply(locksMemory: processPlan.locksMemory, realtimeLimit: processPlan.realtimeLimit)
            .forEach { log.write($0) }
        let checkerPorts = options.subsystems.runsCheckers ? CheckerServicePorts.system(identity: identity) : nil
        if let executor = checkerPorts?.executor {
            await ThreadScheduling(globals.checkerScheduling, process: "checker")
                .apply(on: executor, threadName: StreamProbeReactor.threadName, log: checkerLog)
        }
        let checkers = checkerPorts.map { CheckerService(ports: $0) }
        let serviceOptions = checkerOptions(
            options, syncsConnections: configuration.globalDefinitions.lvs.syncDaemon != nil)
        // `vigil status --watch`: both loops report their transitions to one feed.
        let feed = TransitionFeed()
        let launcher = CheckerLauncher(service: checkers) { [fifo = fifos?.lvs] configuration in
            await checkers?.run(
                configuration: configuration, options: serviceOptions, log: checkerLog, alerts: alerts, fifo: fifo,
                feed: feed)
        }
        launcher.apply(configuration)
        let status = await serve(
            assembly, running: RunningConfiguration(configuration), source: source, platform: platform, checkers: launcher, alerts: alerts,
            scripts: scripts, fifo: fifos?.vrrp, feed: feed,
            routerID: configuration.globalDefinitions.routerID ?? ShortHostname.current(),
            hasVirtualServers: !configuration.virtualServers.isEmpty,
            scheduling: ThreadScheduling(globals.vrrpScheduling, process: "vrrp"),
            keepsCodeMapped: processPlan.locksMemory, log: log)
        await launcher.finish()
        fifos?.close()
        // keepalived mails `Stopping`; a mail server that is down or slow delays the exit by this much at most.
        if await !alerts.waitUntilIdle(timeout: alertDrainTimeout) {
            log.write(.warning("SMTP alerts still queued at exit were not sent"))
        }
        // shutdown_script: once both sides have stopped and removed what they installed.
        await startStop.runShutdown(scripts, log: log)
        return status
    }

    /// `init_file`: each track_file that asks for it is written before the engine first reads it.
    private static func initializeTrackFiles(_ configuration: KeepalivedConfiguration, log: SwiftLogSink) {
        for file in configuration.trackFiles {
            guard let initial = file.initialValue else { continue }
            do {
                try TrackedFileWatcher.initialize(file.path, value: initial.value, overwrite: initial.overwrite)
            } catch {
                log.write(.error("Unable to initialise track file \(file.name): \(error)"))
            }
        }
    }

    /// The root `SSL { }` block, loaded when an SSL_GET checker will use it; a file that cannot be
    /// loaded stops the daemon, as keepalived's checker stops with a fatal error.
    private static func sslIdentity(_ configuration: KeepalivedConfiguration, runsCheckers: Bool)
        throws(SSLClientIdentityError) -> SSLClientIdentity?
    {
        guard runsCheckers, let settings = configuration.ssl else { return nil }
        let usesSSL = configuration.virtualServers.contains { virtualServer in
            virtualServer.realServers.contains { server in
                server.checkers.contains { checker in
                    if case .ssl = checker.kind { return true }
                    return false
                }
            }
        }
        guard usesSSL else { return nil }
        return try SSLClientIdentity(settings)
    }

    /// How long an orderly stop waits for queued alerts.
    static let alertDrainTimeout: Duration = .seconds(2)

    /// `syncsConnections`: the configuration has `lvs_sync_daemon`, whose aim (connections that survive a
    /// director failover) the nftables data plane reaches with the shared flow hash, as `--nftables-flow-hash`.
    private static func checkerOptions(_ options: DaemonOptions, syncsConnections: Bool) -> CheckerServiceOptions {
        var environment: [String: String] = [:]
        if let choice = CurrentProcess.environment(DataPlaneChoice.environmentVariable) {
            environment[DataPlaneChoice.environmentVariable] = choice
        }
        return CheckerServiceOptions(
            environment: environment, nftables: NFTablesRuleset.Options(flowHash: options.nftablesFlowHash || syncsConnections),
            releasesOnExit: !options.keepsDataPlaneOnStop)
    }

    private static func serve(
        _ assembly: Assembly, running: RunningConfiguration, source: ConfigurationSource, platform: PlatformServices, checkers: CheckerLauncher,
        alerts: AlertNotifier, scripts: ProcessScriptRunner, fifo: (any NotifyFIFOSink)?, feed: TransitionFeed,
        routerID: String, hasVirtualServers: Bool, scheduling: ThreadScheduling, keepsCodeMapped: Bool,
        log: SwiftLogSink
    ) async -> Int32 {
        // The VRRP path's own thread: receive, timers, engine steps and adverts (Docs/Modules/VRRPReactor.md).
        let reactor: VRRPReactor
        do {
            reactor = try VRRPReactor()
        } catch {
            log.write(.error("cannot start the VRRP thread: \(error)"))
            return 1
        }
        let network: RawSocketVRRPNetwork
        do {
            network = try RawSocketVRRPNetwork(assembly.sockets, reactor: reactor)
        } catch {
            log.write(.error("cannot open VRRP sockets: \(error)"))
            return 1
        }
        defer { network.close() }
        let syncDaemons = openSyncDaemons(assembly, log: log)
        defer { syncDaemons?.close() }
        var ports = RuntimePorts(
            network: network,
            addresses: NetlinkVirtualAddressTable(table: platform.addresses, directory: platform.directory),
            announcer: NeighborAnnouncer(
                directory: platform.directory, arp: platform.arp, neighborAdvertisements: platform.neighborAdvertisements),
            links: NetlinkInterfaceMonitor(monitor: platform.monitor, directory: platform.directory, loop: platform.loop),
            scripts: scripts, clock: reactor, log: log, fifo: fifo,
            routes: NetlinkVirtualRouteTable(table: platform.addresses, directory: platform.directory),
            rules: NetlinkVirtualRuleTable(table: platform.addresses))
        ports.syncDaemons = syncDaemons
        let notifier = SystemdNotifier.fromEnvironment()
        let board = makeBoard(
            routerID: routerID, checkers: checkers.service, hasVirtualServers: hasVirtualServers, alerts: alerts)
        let systemd = SystemdSupervisor(notifier: notifier, readiness: source.options.readiness) {
            board.document().serviceStatusLine
        }
        // The VRRP thread takes its configured scheduling once the start step is done.
        let supervisor = ThreadSchedulingSupervisor(supervisor: systemd, scheduling: scheduling, reactor: reactor, log: log)
        // Locked memory (no_swap) keeps the start-up code too: releasing it would only fault it back.
        let runtime = RuntimeLoop(
            ports: ports, executor: reactor,
            supervisor: keepsCodeMapped
                ? supervisor : CodePageReleasingSupervisor(supervisor: supervisor, delay: .seconds(3)))
        let signals = SignalRouter(inbox: runtime.inbox)
        defer { signals.cancel() }
        // track_file (Docs/Keepalived.md §3.14): the values at start go to the engine before its
        // instances start; every change after that is an event.
        let files = TrackedFileWatcher(files: assembly.trackedFiles)
        var engine = VRRPEngine(
            configuration: holdingPreemptionForSyncRound(assembly.engine) { log.write($0) },
            linkStates: assembly.linkStates, fileValues: files.readAll(), sourceAddresses: assembly.sourcePresence)
        // A stop hands over make before break (Docs/Handover.md); -V keeps the VIPs on stop, so there is
        // no release to wait for and masters step down at once.
        engine.stopHandover = source.options.keepsAddressesOnStop ? .priorityZero : .makeBeforeBreak
        let inbox = runtime.inbox
        files.start { name, value in inbox.post(.engine(.fileChanged(name: name, value: value))) }
        defer { files.stop() }
        // Interfaces created after start, or deleted and created again, are followed (InterfaceFollower).
        let interfaces = running.configuration.vrrpInstances.isEmpty ? nil : InterfaceFollower(platform: platform, log: log)
        interfaces?.start(on: platform.loop, inbox: inbox)
        defer { interfaces?.stop() }
        let commands = DaemonCommands(
            source: source, network: network, checkers: checkers, alerts: alerts, files: files, options: source.options,
            notifier: notifier, board: board, running: running, interfaces: interfaces)
        let control = ControlService(
            vrrp: runtime.inbox, checkers: checkers.service, instanceNames: { board.document().instances.map(\.name) },
            feed: feed, log: log)
        guard let status = await startStatusServer(board, control: control, options: source.options, log: log) else {
            return 1
        }
        await StaticEntries.install(assembly, ports: ports)
        let promoted = SecondaryPromotion.enable(assembly.promotedInterfaces, log: log)
        var published = PublishingEngine(engine: engine, board: board, feed: feed)
        published.alerts = alerts
        published.keepsAddressesOnStop = source.options.keepsAddressesOnStop
        published.statesChanged = { notifier.status(board.document().serviceStatusLine) }
        // Commands (a reload reads files) run at standard scheduling, as keepalived reloads.
        _ = await runtime.run(published) { command, core, now in
            scheduling.relaxed { commands.handle(command, engine: &core.engine, now: now) }
        }
        await status.stop()
        await StaticEntries.remove(assembly, ports: ports)
        SecondaryPromotion.reset(promoted, log: log)
        notifier.status("Stopped")
        log.write(.info("Stopped Vigil VRRP daemon"))
        return 0
    }

    /// The board the status server shows; the checker side is read when a request comes.
    private static func makeBoard(
        routerID: String, checkers: CheckerService?, hasVirtualServers: Bool, alerts: AlertNotifier
    ) -> StatusBoard {
        guard let checkers else {
            return StatusBoard(routerID: routerID, dataPlane: "none", alerts: { alerts.mailerActivity })
        }
        // Until the checker service has chosen its data plane, the document says it is starting (or
        // none, until a reload brings the first virtual server).
        return StatusBoard(
            routerID: routerID, dataPlane: hasVirtualServers ? "starting" : "none", checker: { checkers.snapshot() },
            alerts: { alerts.mailerActivity },
            dataPlaneReport: { checkers.dataPlaneStatus().map { ($0.name, $0.state.description) } })
    }

    /// The Unix socket, and the `--status-listen` listener when asked; nil when a live daemon already
    /// answers on the socket (one daemon, one socket: a second one would answer `vigil status` for
    /// the first). Any other failure to serve is logged, never fatal: status is for operators and
    /// must not stop VRRP.
    private static func startStatusServer(
        _ board: StatusBoard, control: ControlService, options: DaemonOptions, log: SwiftLogSink
    ) async -> StatusServer? {
        var serverOptions = StatusServerOptions(socketPath: options.statusSocket, metricsPort: nil)
        serverOptions.statusListen = options.statusListen
        let status = StatusServer(options: serverOptions, control: control, provider: { board.document() })
        do {
            try await status.start()
        } catch StatusServerError.socketInUse(let path) {
            log.write(.error("\(StatusServerError.socketInUse(path)); not starting (use --status-socket for another)"))
            return nil
        } catch {
            let listen = options.statusListen.map { " nor \($0)" } ?? ""
            log.write(.warning("status socket \(options.statusSocket)\(listen) not served: \(error)"))
        }
        if let listen = options.statusListen, let port = status.statusListenPort {
            log.write(.info("Status page and metrics on http://\(StatusListenAddress(host: listen.host, port: port))/"))
        }
        return status
    }

    /// `run` for synchronous callers (the command line): blocks the calling thread, which must not
    /// belong to Swift's cooperative pool, until the daemon stops.
    public static func runBlocking(_ options: DaemonOptions) -> Int32 {
        let status = Mutex<Int32>(1)
        let done = DispatchSemaphore(value: 0)
        Task {
            let result = await run(options)
            status.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return status.withLock { $0 }
    }
}
