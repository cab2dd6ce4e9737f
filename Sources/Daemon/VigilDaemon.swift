import Dispatch
import Engine
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives
import Runtime
import Synchronization

/// The daemon: configuration -> engine -> runtime -> Linux adapters, with keepalived's signals and
/// pid files (Docs/Modules/Daemon.md).
public enum VigilDaemon {
    /// Runs until SIGTERM/SIGINT; returns the process exit status (0, or 1 when it cannot start).
    public static func run(_ options: DaemonOptions) async -> Int32 {
        let log = ConsoleLogSink(showsDetail: options.logsDetail)
        log.write(.info("Starting Vigil VRRP daemon (pid \(CurrentProcess.id))"))
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
        let pidFiles = [PidFile(path: options.pidFile), PidFile(path: options.vrrpPidFile)]
        do {
            for file in pidFiles { try file.claim() }
        } catch {
            log.write(.error("\(error)"))
            return 1
        }
        defer { for file in pidFiles { file.release() } }
        let checkers = configuration.virtualServers.isEmpty ? nil : CheckerService(ports: .system())
        let checking = Task { await checkers?.run(configuration: configuration, options: checkerOptions(), log: log) }
        let status = await serve(
            assembly, source: source, platform: platform, checkers: checkers,
            routerID: configuration.globalDefinitions.routerID ?? ShortHostname.current(), log: log)
        checkers?.stop()
        await checking.value
        return status
    }

    private static func checkerOptions() -> CheckerServiceOptions {
        var environment: [String: String] = [:]
        if let choice = CurrentProcess.environment(DataPlaneChoice.environmentVariable) {
            environment[DataPlaneChoice.environmentVariable] = choice
        }
        return CheckerServiceOptions(environment: environment)
    }

    private static func serve(
        _ assembly: Assembly, source: ConfigurationSource, platform: PlatformServices, checkers: CheckerService?,
        routerID: String, log: ConsoleLogSink
    ) async -> Int32 {
        let network: RawSocketVRRPNetwork
        do {
            network = try RawSocketVRRPNetwork(assembly.sockets, loop: platform.loop)
        } catch {
            log.write(.error("cannot open VRRP sockets: \(error)"))
            return 1
        }
        defer { network.close() }
        let ports = RuntimePorts(
            network: network,
            addresses: NetlinkVirtualAddressTable(table: platform.addresses, directory: platform.directory),
            announcer: NeighborAnnouncer(
                directory: platform.directory, arp: platform.arp, neighborAdvertisements: platform.neighborAdvertisements),
            links: NetlinkInterfaceMonitor(monitor: platform.monitor, directory: platform.directory, loop: platform.loop),
            scripts: ProcessScriptRunner(log: log), clock: ContinuousMonotonicClock(), log: log)
        let runtime = RuntimeLoop(ports: ports)
        let signals = SignalRouter(inbox: runtime.inbox)
        defer { signals.cancel() }
        let engine = VRRPEngine(configuration: assembly.engine, linkStates: assembly.linkStates)
        let board = makeBoard(routerID: routerID, checkers: checkers)
        let commands = DaemonCommands(
            source: source, network: network, checkers: checkers, options: source.options, board: board)
        let status = await startStatusServer(board, options: source.options, log: log)
        _ = await runtime.run(PublishingEngine(engine: engine, board: board)) { command, core, now in
            commands.handle(command, engine: &core.engine, now: now)
        }
        await status.stop()
        log.write(.info("Stopped Vigil VRRP daemon"))
        return 0
    }

    /// The board the status server shows; the checker side is read when a request comes.
    private static func makeBoard(routerID: String, checkers: CheckerService?) -> StatusBoard {
        guard let checkers else { return StatusBoard(routerID: routerID, dataPlane: "none") }
        // Until the checker service has chosen its data plane, the document says it is starting.
        return StatusBoard(
            routerID: routerID, dataPlane: "starting", checker: { checkers.snapshot() },
            dataPlaneReport: { checkers.dataPlaneStatus().map { ($0.name, $0.state.description) } })
    }

    /// The Unix socket, and the `--status-listen` listener when asked; failing to serve them is logged,
    /// never fatal: status is for operators and must not stop VRRP.
    private static func startStatusServer(_ board: StatusBoard, options: DaemonOptions, log: ConsoleLogSink) async
        -> StatusServer
    {
        var serverOptions = StatusServerOptions(socketPath: options.statusSocket, metricsPort: nil)
        serverOptions.statusListen = options.statusListen
        let status = StatusServer(options: serverOptions, provider: { board.document() })
        do {
            try await status.start()
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
