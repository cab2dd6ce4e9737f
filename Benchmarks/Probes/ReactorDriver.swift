import Foundation
import HealthCheck
import NetworkPrimitives
import Probes
import Synchronization

/// The `reactor` driver: every check on `StreamProbeReactor`, each server's next check a timed
/// start one interval after its previous start, asked from the completion on the reactor thread
/// (no event loop, no task per check), as the daemon's checker service does.
/// Starts are coalesced and events batched on 20 ms, the daemon's checker timer and reactor grid;
/// VIGIL_BENCH_COALESCE_MS and VIGIL_BENCH_BATCH_MS override the two windows.
enum ReactorDriver {
    static func run(keys: [ProbeKey], interval: Duration, duration: Duration) async throws -> ProberStatistics {
        let environment = ProcessInfo.processInfo.environment
        let coalescing = environment["VIGIL_BENCH_COALESCE_MS"].flatMap(Int.init) ?? 20
        let batching = environment["VIGIL_BENCH_BATCH_MS"].flatMap(Int.init) ?? 20
        let reactor = try StreamProbeReactor(
            startCoalescing: .milliseconds(coalescing), eventBatching: .milliseconds(batching))
        let origin = StreamProbeReactor.now()
        let end = origin + duration
        let state = ReactorRun(expected: keys.count * Int(duration / interval))
        let finished = AsyncStream<ProberStatistics>.makeStream()
        for (server, key) in keys.enumerated() {
            let first = origin + interval * (Double(server) / Double(keys.count))
            schedule(key, at: first, interval: interval, end: end, on: reactor, state: state, done: finished.continuation)
        }
        for await statistics in finished.stream { return statistics }
        return state.value.withLock { $0.statistics }
    }

    private static func schedule(
        _ key: ProbeKey, at start: MonotonicInstant, interval: Duration, end: MonotonicInstant,
        on reactor: StreamProbeReactor, state: ReactorRun,
        done: AsyncStream<ProberStatistics>.Continuation
    ) {
        reactor.start(key, startAt: start) { result in
            let next = start + interval
            let (statistics, complete) = state.value.withLock { run in
                run.statistics.record(result)
                if StreamProbeReactor.now() > next { run.statistics.late += 1 }
                return (run.statistics, run.statistics.total >= run.expected)
            }
            if complete {
                done.yield(statistics)
                done.finish()
            } else if next < end {
                schedule(key, at: next, interval: interval, end: end, on: reactor, state: state, done: done)
            }
        }
    }
}

/// Counts shared by every server's completion (all on the reactor thread; locked for Sendable).
private final class ReactorRun: Sendable {
    struct Counts {
        var expected: Int
        var statistics = ProberStatistics()
    }

    let value: Mutex<Counts>

    init(expected: Int) { value = Mutex(Counts(expected: expected)) }
}
