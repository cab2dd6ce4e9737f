import Foundation
import HealthCheck
import NIOCore
import NIOPosix
import NetworkPrimitives
import Probes

/// Vigil's side of the benchmark: HTTP_GET every real server every `interval` on one event loop,
/// through `ProbeRunner` and its in-flight cap (results arrive on the loop, or on an AsyncStream as
/// an async runtime would read them). Each server's first check is spread uniformly over the first interval, like keepalived's
/// warmup jitter; afterwards each check starts one interval after the previous one started.
enum VigilProber {
    /// Where completions are consumed: on the probe loop, or by an async
    /// task reading `completions`, as the daemon's runtime would, which hops back to the loop to
    /// schedule the next check; `engine` lets HealthCheck's `CheckerScheduler` do the scheduling.
    enum Driver: String {
        case loop
        case stream
        case engine
        case reactor
    }

    static func run(servers: Int, port: Int, interval: Duration, duration: Duration, driver: Driver) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let runner = ProbeRunner(eventLoop: loop)
        let probe = HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")])
        let keys = LoopbackAddresses.make(count: servers).map { address in
            ProbeKey(
                target: ProbeTarget(address: .v4(address), port: UInt16(port)), spec: .http(probe), timeout: .seconds(5)
            )
        }
        let step = TimeAmount(interval)
        let plan = ProbePlan(servers: servers, step: step, duration: TimeAmount(duration))
        let statistics: ProberStatistics
        switch driver {
        case .loop:
            statistics = try await runOnLoop(keys: keys, runner: runner, plan: plan)
        case .stream:
            statistics = try await runThroughStream(keys: keys, runner: runner, plan: plan)
        case .reactor:
            statistics = try await ReactorDriver.run(keys: keys, interval: interval, duration: duration)
        case .engine:
            let done = loop.makePromise(of: ProberStatistics.self)
            try await loop.submit {
                let driver = EngineDriver(keys: keys, runner: runner, plan: plan, done: done)
                driver.start(runner: runner)
            }.get()
            statistics = try await done.futureResult.get()
        }
        print(statistics.summary + " driver=\(driver.rawValue)")
        try await group.shutdownGracefully()
    }

    /// Completions handled on the loop; the run ends when every planned check has reported.
    private static func runOnLoop(keys: [ProbeKey], runner: ProbeRunner, plan: ProbePlan) async throws
        -> ProberStatistics
    {
        let loop = runner.eventLoop
        let done = loop.makePromise(of: ProberStatistics.self)
        try await loop.submit {
            let state = NIOLoopBoundBox(LoopDriver(plan: plan), eventLoop: loop)
            state.value.queue = StartQueue(eventLoop: loop) { server in
                runner.start(keys[server]) { result in
                    // Results come on the loop (NIO probes) or at once on the caller's thread.
                    if loop.inEventLoop { return state.value.complete(server, result, done: done) }
                    loop.execute { state.value.complete(server, result, done: done) }
                }
            }
            state.value.seed()
        }.get()
        return try await done.futureResult.get()
    }

    private static func runThroughStream(keys: [ProbeKey], runner: ProbeRunner, plan: ProbePlan) async throws
        -> ProberStatistics
    {
        let loop = runner.eventLoop
        let (completions, continuation) = AsyncStream.makeStream(of: (server: Int, result: ProbeResult).self)
        let queue = try await loop.submit {
            NIOLoopBound(
                StartQueue(eventLoop: loop) { server in
                    runner.start(keys[server]) { continuation.yield((server, $0)) }
                }, eventLoop: loop)
        }.get()
        var schedule = plan.firstStarts()
        try await loop.submit { [schedule] in
            for (server, deadline) in schedule.enumerated() { queue.value.enqueue(server, at: deadline) }
        }.get()
        var statistics = ProberStatistics()
        for await completion in completions {
            statistics.record(completion.result)
            let server = completion.server
            guard let next = plan.next(after: schedule[server], statistics: &statistics) else {
                if statistics.total >= plan.expectedChecks { break }
                continue
            }
            schedule[server] = next
            loop.execute { queue.value.enqueue(server, at: next) }
        }
        return statistics
    }
}

/// When each server is checked: first checks spread uniformly over one interval, then one interval
/// after the previous start, until `duration` has passed.
struct ProbePlan: Sendable {
    var servers: Int
    var step: TimeAmount
    var duration: TimeAmount
    let origin = NIODeadline.now()

    var end: NIODeadline { origin + duration }

    var expectedChecks: Int { servers * Int(duration.nanoseconds / step.nanoseconds) }

    func firstStarts() -> [NIODeadline] {
        (0..<servers).map { origin + .nanoseconds(step.nanoseconds * Int64($0) / Int64(servers)) }
    }

    /// The next start after `previous`, or nil when the run is over; counts starts already late.
    func next(after previous: NIODeadline, statistics: inout ProberStatistics) -> NIODeadline? {
        let next = previous + step
        if NIODeadline.now() > next { statistics.late += 1 }
        return next < end ? next : nil
    }
}

/// The loop driver: re-queues each server's next check as its result arrives (on the probe loop).
struct LoopDriver {
    let plan: ProbePlan
    var queue: StartQueue?
    var schedule: [NIODeadline] = []
    var statistics = ProberStatistics()

    init(plan: ProbePlan) { self.plan = plan }

    mutating func seed() {
        schedule = plan.firstStarts()
        for (server, deadline) in schedule.enumerated() { queue?.enqueue(server, at: deadline) }
    }

    mutating func complete(_ server: Int, _ result: ProbeResult, done: EventLoopPromise<ProberStatistics>) {
        statistics.record(result)
        guard let next = plan.next(after: schedule[server], statistics: &statistics) else {
            if statistics.total == plan.expectedChecks { done.succeed(statistics) }
            return
        }
        schedule[server] = next
        queue?.enqueue(server, at: next)
    }
}

struct ProberStatistics: Sendable {
    var successes = 0
    var failures = 0
    var late = 0
    var reasons: [String: Int] = [:]

    var total: Int { successes + failures }

    mutating func record(_ result: ProbeResult) {
        switch result {
        case .success, .successWithWeight:
            successes += 1
        case .failure(let reason):
            failures += 1
            if reasons.count < 20 || reasons[reason] != nil { reasons[reason, default: 0] += 1 }
        }
    }

    var summary: String {
        let top = reasons.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key): \($0.value)" }.joined(
            separator: "; ")
        return "vigil-checks successes=\(successes) failures=\(failures) late-starts=\(late) \(top)"
    }
}
