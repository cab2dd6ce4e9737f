import Daemon
import Engine
import KeepalivedConfig
import LoadBalancer
import NetworkPrimitives
import Testing
import TestSupport

/// A `CheckerService` on fakes and a manual clock, running in a task the harness owns.
struct CheckerServiceHarness {
    let clock = ManualMonotonicClock()
    let prober = ScriptedProber()
    let dataPlane = RecordingDataPlane()
    let scripts = RecordingScriptRunner()
    let log = LogCollector()
    let service: CheckerService
    private let task: Task<Void, Never>

    /// Starts the service on `text`; the data plane refuses its first `refusals` applies; `feed`
    /// gets the transitions as `vigil status --watch` does.
    init(
        _ text: String, options: CheckerServiceOptions = CheckerServiceOptions(seed: 1), refusals: Int = 0,
        userExists: @escaping @Sendable (String) -> Bool = { _ in false }, feed: TransitionFeed? = nil
    ) {
        let dataPlane = dataPlane
        dataPlane.refuse(next: refusals)
        let ports = CheckerServicePorts(
            prober: prober, scripts: scripts, clock: clock, probeIPVS: { .unavailable(reason: "not in this test") },
            makeNFTables: { _ in dataPlane }, userExists: userExists)
        let service = CheckerService(ports: ports)
        let configuration = CheckerConfigText.load(text).configuration
        let log = log
        self.service = service
        task = Task { await service.run(configuration: configuration, options: options, log: log, feed: feed) }
    }

    /// Waits (in real time, at most `timeout`) until `condition` holds.
    func wait(timeout: Duration = .seconds(5), until condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            await Task.yield()
            try? await Task.sleep(for: .milliseconds(1))
        }
        return true
    }

    /// Advances virtual time in `step`s, letting the service settle after each, until `condition`
    /// holds or `limit` of virtual time has passed; returns the virtual time it took, or nil.
    func advance(
        upTo limit: Duration, step: Duration = .milliseconds(50), until condition: () -> Bool
    ) async -> Duration? {
        let start = clock.now
        while !condition() {
            guard clock.now - start < limit else { return nil }
            clock.advance(by: step)
            guard await settle() else { return nil }
        }
        return clock.now - start
    }

    /// Waits until the service has handled everything posted, no probe is out, and its timer is
    /// asleep on the clock (the engine always has a deadline while checkers run), so the next step
    /// of virtual time wakes it.
    func settle() async -> Bool {
        // Generous real-time limit: under a loaded CI machine the service may take seconds to get scheduled.
        await wait(timeout: .seconds(30)) { service.activity.isIdle && clock.sleeperCount > 0 }
    }

    /// Stops the service and waits for `run` to return.
    func stop() async {
        task.cancel()
        await task.value
    }
}
