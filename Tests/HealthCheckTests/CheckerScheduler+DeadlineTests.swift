import HealthCheck
import NetworkPrimitives
import Testing

/// The scheduler keeps its checkers' deadlines in a heap; whatever happens, `nextDeadline` must be
/// the earliest deadline of any live checker, and every due checker must run.
@Suite struct CheckerSchedulerDeadlineTests {
    @Test("nextDeadline is the earliest live checker's through probes, late results and reloads", arguments: [1, 2, 3])
    func nextDeadlineMatchesEveryChecker(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var scheduler = CheckerScheduler<Int>(seed: seed)
        let keys = (0..<40).map { index in
            tcpChecker("10.0.\(index / 10).\(index % 10 + 1)", delayLoop: .seconds(Int64(1 + index % 7)))
        }
        var subscriptions: [Int: [CheckerKey]] = [:]
        var now = MonotonicInstant.zero
        var inFlight: [CheckerKey] = []
        for subscriber in 0..<30 {
            subscriptions[subscriber] = [keys[subscriber % keys.count], keys[(subscriber * 7) % keys.count]]
            _ = scheduler.register(subscriber, checkers: subscriptions[subscriber] ?? [], now: now)
        }
        for _ in 0..<3000 {
            switch random.next() % 10 {
            case 0..<5:
                guard let deadline = scheduler.nextDeadline else { break }
                now = max(now, deadline)
                for case .startProbe(let key, _) in scheduler.handle(.deadlineReached, now: now) { inFlight.append(key) }
                #expect(scheduler.nextDeadline.map { $0 > now } ?? true, "a due checker did not run")
            case 5..<8 where !inFlight.isEmpty:
                let key = inFlight.remove(at: Int(random.next() % UInt64(inFlight.count)))
                now = now + .milliseconds(Int64(random.next() % 500))
                let result: ProbeResult = random.next() % 3 == 0 ? .failure(reason: "down") : .success
                _ = scheduler.handle(.probeFinished(key, result), now: now)
            default:
                let subscriber = Int(random.next() % 40)
                if random.next() % 2 == 0 {
                    scheduler.unregister(subscriber)
                    subscriptions[subscriber] = nil
                } else {
                    let checkers = [keys[Int(random.next() % UInt64(keys.count))]]
                    subscriptions[subscriber] = checkers
                    _ = scheduler.register(subscriber, checkers: checkers, now: now)
                }
            }
            let live = Set(subscriptions.values.flatMap { $0 })
            #expect(scheduler.checkerCount == live.count)
            #expect(scheduler.nextDeadline == live.compactMap { scheduler.checker($0)?.nextDeadline }.min())
        }
    }
}
