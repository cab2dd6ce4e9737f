import KeepalivedConfig
import LinuxPlatform
import NIOCore
import NIOPosix
import Probes
import Runtime

/// What the checker's runtime drives: probes, scripts, the clock, and how data planes are made.
/// Tests pass fakes; `system()` is the real thing.
public struct CheckerServicePorts: Sendable {
    public var prober: any Prober
    /// Runs `notify_up`/`notify_down`/`quorum_up`/`quorum_down`, as the VRRP side's scripts run.
    public var scripts: any ScriptRunner
    public var clock: any MonotonicClock
    /// Where the checker loop runs (engine steps, the timer, probe starts and results); nil: the
    /// global concurrent executor. Data-plane applies and scripts never run here.
    public var executor: (any TaskExecutor)?
    /// Asks the kernel whether IPVS is there (and returns its driver when this build has one).
    public var probeIPVS: @Sendable () -> IPVSProbeOutcome
    public var makeNFTables: @Sendable (CheckerServiceOptions) -> any DataPlane
    /// Whether a user exists (`keepalived_script` as the default script user, as on the VRRP side);
    /// nil in `init` asks the system's user database.
    public var userExists: @Sendable (String) -> Bool
    /// Makes the routing-daemon driver of `vigil_bgp` (BGP mode): BIRD through `birdc` by default.
    public var makeRouteAnnouncer: @Sendable (BGPSettings, any LogSink) -> any RouteAnnouncer
    /// Follows the host's addresses for `ha_suspend`, opened when a configuration first uses it; nil
    /// (the default, and when the kernel refuses) leaves every checker running.
    public var makeLocalAddressMonitor: @Sendable () -> (any LocalAddressMonitor)? = { nil }

    public init(
        prober: any Prober, scripts: any ScriptRunner = ProcessScriptRunner(),
        clock: any MonotonicClock = ContinuousMonotonicClock(), executor: (any TaskExecutor)? = nil,
        probeIPVS: @escaping @Sendable () -> IPVSProbeOutcome = IPVSFamilyResolver.probe,
        makeNFTables: @escaping @Sendable (CheckerServiceOptions) -> any DataPlane = {
            NFTablesCheckerDataPlane(NFTablesDataPlane(options: $0.nftables, command: $0.nftablesCommand))
        },
        userExists: (@Sendable (String) -> Bool)? = nil,
        makeRouteAnnouncer: @escaping @Sendable (BGPSettings, any LogSink) -> any RouteAnnouncer = { settings, log in
            BIRDRouteAnnouncer(
                birdc: settings.birdc, controlSocket: settings.controlSocket, routesFile: settings.routesFile, log: log)
        }
    ) {
        self.prober = prober
        self.scripts = scripts
        self.clock = clock
        self.executor = executor
        self.probeIPVS = probeIPVS
        self.makeNFTables = makeNFTables
        self.userExists = userExists ?? { UserDatabase.userExists($0) }
        self.makeRouteAnnouncer = makeRouteAnnouncer
    }

    /// TCP_CHECK and HTTP_GET on a stream reactor thread, other probes on SwiftNIO's shared event
    /// loop group, scripts as child processes (`ProcessScriptRunner`). The checker loop and its timer run on the reactor
    /// thread too (keepalived's one thread, one timer list); without a reactor (no epoll or thread
    /// to be had) every probe runs on the event loop and the loop on the global executor.
    /// SSL_GET presents `identity` (the root `SSL { }` block) when given.
    public static func system(identity: SSLClientIdentity? = nil) -> CheckerServicePorts {
        let group = MultiThreadedEventLoopGroup.singleton
        var ports =
            if let reactor = try? StreamProbeReactor() {
                onReactor(reactor, eventLoop: group.next(), identity: identity)
            } else {
                CheckerServicePorts(prober: ProbeRunner(eventLoop: group.next(), identity: identity))
            }
        ports.makeLocalAddressMonitor = { try? NetlinkLocalAddressMonitor() }
        return ports
    }

    /// As `system()`, with probes run from inside network namespace `namespace` and nftables
    /// programmed there (`ip netns exec`); the group is the caller's to shut down.
    public static func system(networkNamespace namespace: String) async throws
        -> (ports: CheckerServicePorts, eventLoopGroup: MultiThreadedEventLoopGroup)
    {
        let group = try await NamespacedEventLoop.make(namespace: namespace)
        var ports = onReactor(
            try StreamProbeReactor(networkNamespace: namespace), eventLoop: group.next(),
            scripts: ProcessScriptRunner(networkNamespace: namespace, output: .null))
        ports.probeIPVS = {
            do {
                return try NetworkNamespace.run(named: namespace) { IPVSFamilyResolver.probe() }
            } catch {
                return .unavailable(reason: "cannot look in network namespace \(namespace): \(error)")
            }
        }
        ports.makeNFTables = { options in
            NFTablesCheckerDataPlane(NFTablesDataPlane(options: options.nftables, command: .inNamespace(namespace)))
        }
        return (ports, group)
    }

    /// Probes, clock and loop on `reactor`; probes it does not run go to `eventLoop`, MISC_CHECK
    /// scripts to `scripts`.
    static func onReactor(
        _ reactor: StreamProbeReactor, eventLoop: any EventLoop,
        scripts: any ScriptRunner = ProcessScriptRunner(output: .null), identity: SSLClientIdentity? = nil
    ) -> CheckerServicePorts {
        CheckerServicePorts(
            prober: ProbeRunner(eventLoop: eventLoop, identity: identity, streams: reactor, scripts: scripts),
            clock: StreamProbeReactorClock(reactor: reactor),
            executor: reactor)
    }
}
