import Foundation
import HealthCheck
import NIOCore
import NetworkPrimitives
import Probes

/// The `engine` driver: HealthCheck's pure `CheckerScheduler` decides when each checker probes
/// (delay_loop 1 s, warmup 1 s), the way the daemon will, on the probe loop. Its timer is armed
/// for `nextDeadline` in 1 ms ticks; completions go straight into `handle(.probeFinished)`.
final class EngineDriver {
    private var checkers = CheckerScheduler<Int>(seed: 1)
    private var runner: ProbeRunner?
    private var armedFor: NIODeadline?
    private let eventLoop: any EventLoop
    private let end: NIODeadline
    private let done: EventLoopPromise<ProberStatistics>
    private var statistics = ProberStatistics()
    private var starting = true

    init(keys: [ProbeKey], runner: ProbeRunner, plan: ProbePlan, done: EventLoopPromise<ProberStatistics>) {
        eventLoop = runner.eventLoop
        end = plan.end
        self.done = done
        let schedule = CheckerSchedule(
            delayLoop: .nanoseconds(plan.step.nanoseconds), retry: 1, delayBeforeRetry: .seconds(3))
        let now = Self.now()
        for (index, key) in keys.enumerated() {
            _ = checkers.register(index, checkers: [CheckerKey(probe: key, schedule: schedule)], now: now)
        }
    }

    func start(runner: ProbeRunner) {
        self.runner = runner
        arm()
        if ProcessInfo.processInfo.environment["VIGIL_BENCH_DEBUG"] != nil { report() }
    }

    private func report() {
        let now = NIODeadline.now()
        let next = checkers.nextDeadline.map { Int64($0.nanoseconds) - Int64(now.uptimeNanoseconds) } ?? -1
        let armed = armedFor.map { Int64($0.uptimeNanoseconds) - Int64(now.uptimeNanoseconds) } ?? -1
        let done = statistics.total
        if let load = runner?.load {
            print("debug next=\(next / 1_000_000)ms armed=\(armed / 1_000_000)ms load=\(load) done=\(done)")
        }
        eventLoop.assumeIsolated().scheduleTask(in: .seconds(5)) { [self] in report() }
    }

    private static func now() -> MonotonicInstant {
        MonotonicInstant(nanoseconds: Int64(NIODeadline.now().uptimeNanoseconds))
    }

    private func completed(_ key: CheckerKey, _ result: ProbeResult) {
        statistics.record(result)
        let actions = checkers.handle(.probeFinished(key, result), now: Self.now())
        perform(actions)
        if armedFor == nil { arm() }
    }

    private func fire() {
        armedFor = nil
        guard NIODeadline.now() < end else { return finish() }
        perform(checkers.handle(.deadlineReached, now: Self.now()))
        arm()
    }

    private func perform(_ actions: [CheckerScheduler<Int>.Action]) {
        for action in actions {
            guard case .startProbe(let key, _) = action, let runner else { continue }
            let bound = NIOLoopBound(self, eventLoop: eventLoop)
            let loop = eventLoop
            runner.start(key.probe) { result in
                // Results come on the reactor thread or the loop; the checkers live on the loop.
                if loop.inEventLoop { return bound.value.completed(key, result) }
                loop.execute { bound.value.completed(key, result) }
            }
        }
    }

    private func arm() {
        guard armedFor == nil, let next = checkers.nextDeadline else { return }
        let tick: UInt64 = 1_000_000
        let slot = NIODeadline.uptimeNanoseconds((UInt64(max(0, next.nanoseconds)) / tick + 1) * tick)
        armedFor = slot
        eventLoop.assumeIsolated().scheduleTask(deadline: min(slot, end)) { [self] in fire() }
    }

    /// Stops scheduling at the end of the run and reports once the probes in flight are back.
    private func finish() {
        guard starting else { return }
        starting = false
        eventLoop.assumeIsolated().scheduleTask(in: .seconds(6)) { [self] in done.succeed(statistics) }
    }
}
