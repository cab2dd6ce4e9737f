import LinuxPlatform
import NIOPosix
import Probes
import Runtime

/// What the checker service drives: probes, scripts, the clock, and how data planes are made.
/// Tests pass fakes; `system()` is the real thing.
public struct CheckerServicePorts: Sendable {
    public var prober: any CheckerProber
    public var scripts: any CheckerScriptRunner
    public var clock: any MonotonicClock
    /// Asks the kernel whether IPVS is there (and returns its driver when this build has one).
    public var probeIPVS: @Sendable () -> IPVSProbeOutcome
    public var makeNFTables: @Sendable (CheckerServiceOptions) -> any CheckerDataPlane

    public init(
        prober: any CheckerProber, scripts: any CheckerScriptRunner = SpawningCheckerScriptRunner(),
        clock: any MonotonicClock = ContinuousMonotonicClock(),
        probeIPVS: @escaping @Sendable () -> IPVSProbeOutcome = IPVSFamilyResolver.probe,
        makeNFTables: @escaping @Sendable (CheckerServiceOptions) -> any CheckerDataPlane = {
            NFTablesCheckerDataPlane(NFTablesDataPlane(options: $0.nftables, command: $0.nftablesCommand))
        }
    ) {
        self.prober = prober
        self.scripts = scripts
        self.clock = clock
        self.probeIPVS = probeIPVS
        self.makeNFTables = makeNFTables
    }

    /// TCP_CHECK and HTTP_GET on a stream reactor thread, other probes on SwiftNIO's shared event
    /// loop group, scripts as child processes, the continuous clock. Without a reactor (no epoll or
    /// thread to be had) every probe runs on the event loop.
    public static func system() -> CheckerServicePorts {
        CheckerServicePorts(
            prober: ProbeRunner(
                eventLoop: MultiThreadedEventLoopGroup.singleton.next(), streams: try? StreamProbeReactor()))
    }

    /// As `system()`, with probes run from inside network namespace `namespace` and nftables
    /// programmed there (`ip netns exec`); the group is the caller's to shut down.
    public static func system(networkNamespace namespace: String) async throws
        -> (ports: CheckerServicePorts, eventLoopGroup: MultiThreadedEventLoopGroup)
    {
        let group = try await NamespacedEventLoop.make(namespace: namespace)
        let ports = CheckerServicePorts(
            prober: ProbeRunner(eventLoop: group.next(), streams: try StreamProbeReactor(networkNamespace: namespace)),
            probeIPVS: {
                do {
                    return try NetworkNamespace.run(named: namespace) { IPVSFamilyResolver.probe() }
                } catch {
                    return .unavailable(reason: "cannot look in network namespace \(namespace): \(error)")
                }
            },
            makeNFTables: { options in
                NFTablesCheckerDataPlane(NFTablesDataPlane(options: options.nftables, command: .inNamespace(namespace)))
            })
        return (ports, group)
    }
}
