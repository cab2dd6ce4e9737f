import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Runtime
import TestSupport

/// The checker engine on the generic runtime, with recording fakes and a manual clock: what the
/// daemon's checker service assembles, without the daemon.
struct CheckerRuntimeHarness {
    static let vip = address("10.0.0.100")
    static let service = ServiceKey.endpoint(address: vip, port: 80, protocol: .tcp)

    let clock = ManualMonotonicClock()
    let prober = ScriptedProber()
    let dataPlane = RecordingDataPlane()
    let scripts = RecordingScriptRunner()
    let log = LogCollector()
    let core = SharedCore(CheckerEngine(seed: 1))
    let loop: RuntimeLoop<CheckerEngine.Event, CheckerEffect>
    private let task: Task<SharedCore<CheckerEngine>, Never>

    init(releasesOnExit: Bool = true, scriptOutcome: ScriptOutcome = .exited(0)) {
        scripts.outcome = scriptOutcome
        let applier = DataPlaneApplier(dataPlane: dataPlane, clock: clock, retryDelay: .seconds(5), log: log)
        let interpreter = CheckerEffectInterpreter(
            prober: prober, scripts: scripts, applier: applier, log: log, releasesOnExit: releasesOnExit)
        let loop = RuntimeLoop(interpreter: interpreter, clock: clock, grid: .probeReactor)
        let core = core
        self.loop = loop
        task = Task { await loop.run(core) }
    }

    static func address(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

    /// `virtual_server 10.0.0.100 80` with TCP checks (delay_loop 1, retry 0, no warm-up) of
    /// `10.0.1.N:8080` for each N, and quorum scripts.
    static func configuration(servers: [Int], quorumDown: CheckerScript? = nil) -> CheckerConfiguration {
        let definition = VirtualServerDefinition(
            frontend: .endpoint(vip, port: 80), protocol: .tcp, scheduler: .roundRobin,
            realServers: servers.map { RealServerDefinition(address: address("10.0.1.\($0)"), port: 8080) })
        let checked = servers.map { n in
            CheckedRealServer(
                address: address("10.0.1.\(n)"), port: 8080,
                checkers: [
                    CheckerKey(
                        probe: ProbeKey(
                            target: ProbeTarget(address: address("10.0.1.\(n)"), port: 8080), spec: .tcpConnect,
                            timeout: .seconds(1)),
                        schedule: CheckerSchedule(delayLoop: .seconds(1), retry: 0, warmup: .zero))
                ])
        }
        return CheckerConfiguration(virtualServers: [
            CheckedVirtualServer(definition: definition, realServers: checked, quorumDown: quorumDown)
        ])
    }

    func configure(_ configuration: CheckerConfiguration) {
        loop.inbox.post(.engine(.configured(configuration)))
    }

    /// Waits until everything posted is handled, no probe is out and the timer sleeps on the clock.
    func settle() async -> Bool {
        await waitUntil(timeout: .seconds(30)) { loop.inbox.activity.isIdle && clock.sleeperCount > 0 }
    }

    /// Advances virtual time in 50 ms steps, settling after each, until `condition` holds or `limit`
    /// has passed; returns the virtual time it took, or nil.
    func advance(upTo limit: Duration, until condition: () -> Bool) async -> Duration? {
        let start = clock.now
        while !condition() {
            guard clock.now - start < limit else { return nil }
            clock.advance(by: .milliseconds(50))
            guard await settle() else { return nil }
        }
        return clock.now - start
    }

    func stop() async {
        loop.inbox.post(.command(.stop))
        _ = await task.value
    }
}
