import HealthCheck
import NetworkPrimitives
import Testing

private typealias Scheduler = CheckerScheduler<String>

/// Runs a scheduler in virtual time, answering every probe from `answer`, and collects the actions.
private func run(
    _ scheduler: inout Scheduler, until end: MonotonicInstant,
    answer: (CheckerKey, MonotonicInstant) -> ProbeResult
) -> [(MonotonicInstant, Scheduler.Action)] {
    var log: [(MonotonicInstant, Scheduler.Action)] = []
    while let deadline = scheduler.nextDeadline, deadline <= end {
        for action in scheduler.handle(.deadlineReached, now: deadline) {
            log.append((deadline, action))
            guard case .startProbe(let key, _) = action else { continue }
            for result in scheduler.handle(.probeFinished(key, answer(key, deadline)), now: deadline) {
                log.append((deadline, result))
            }
        }
    }
    return log
}

private func probes(in log: [(MonotonicInstant, Scheduler.Action)]) -> [CheckerKey] {
    log.compactMap { if case .startProbe(let key, _) = $0.1 { key } else { nil } }
}

private let end = MonotonicInstant.zero + .seconds(600)

@Suite struct CheckerSchedulerTests {
    @Test func theSameCheckFromTwoVirtualServersIsProbedOncePerInterval() {
        var scheduler = Scheduler(seed: 7)
        let check = tcpChecker("10.0.0.11")
        _ = scheduler.register("VS-A/10.0.0.11", checkers: [check], now: .zero)
        _ = scheduler.register("VS-B/10.0.0.11", checkers: [check], now: .zero)
        #expect(scheduler.checkerCount == 1)
        let log = run(&scheduler, until: end) { _, _ in .success }
        // 600 s at a 10 s delay_loop, first probe within the first 11 s: 59 or 60 probes, not twice that.
        #expect((59...60).contains(probes(in: log).count))
    }

    @Test func aResultFansOutToEverySubscriber() {
        var scheduler = Scheduler(seed: 7)
        let check = tcpChecker("10.0.0.11")
        _ = scheduler.register("VS-A/10.0.0.11", checkers: [check], now: .zero)
        _ = scheduler.register("VS-B/10.0.0.11", checkers: [check], now: .zero)
        let log = run(&scheduler, until: MonotonicInstant.zero + .seconds(12)) { _, _ in .failure(reason: "refused") }
        let changes = log.map(\.1).filter { if case .startProbe = $0 { false } else { true } }
        #expect(
            changes == [
                .checkerDown(check, reason: "refused"),
                .realServerDown("VS-A/10.0.0.11", reason: "refused"),
                .realServerDown("VS-B/10.0.0.11", reason: "refused"),
            ])
        #expect(scheduler.health(of: "VS-B/10.0.0.11")?.isAlive == false)
    }

    @Test func checksThatDifferInTargetSpecOrScheduleAreSeparateCheckers() {
        var scheduler = Scheduler(seed: 1)
        _ = scheduler.register("a", checkers: [tcpChecker("10.0.0.11")], now: .zero)
        _ = scheduler.register("b", checkers: [tcpChecker("10.0.0.11", delayLoop: .seconds(30))], now: .zero)
        _ = scheduler.register("c", checkers: [tcpChecker("10.0.0.11", port: 8080)], now: .zero)
        var http = tcpChecker("10.0.0.11")
        http.probe.spec = .http(HTTPProbe(urls: [.init(path: "/")]))
        _ = scheduler.register("d", checkers: [http], now: .zero)
        #expect(scheduler.checkerCount == 4)
    }

    @Test func aRealServerWithTwoCheckersComesBackOnlyWhenBothAreUp() {
        var scheduler = Scheduler(seed: 3)
        let web = tcpChecker("10.0.0.11", port: 80)
        let admin = tcpChecker("10.0.0.11", port: 9000)
        _ = scheduler.register("rs", checkers: [web, admin], now: .zero)
        var adminUp = false
        let log = run(&scheduler, until: end) { key, now in
            if key == web { return now < MonotonicInstant.zero + .seconds(100) ? .failure(reason: "web") : .success }
            adminUp = now >= MonotonicInstant.zero + .seconds(200)
            return adminUp ? .success : .failure(reason: "admin")
        }
        let liveness = log.compactMap { entry -> (MonotonicInstant, Bool)? in
            switch entry.1 {
            case .realServerUp: (entry.0, true)
            case .realServerDown: (entry.0, false)
            default: nil
            }
        }
        #expect(liveness.map(\.1) == [false, true])
        #expect((liveness.last?.0 ?? .zero) >= MonotonicInstant.zero + .seconds(200))
    }

    @Test func dynamicWeightsFanOutToSubscribers() {
        var scheduler = Scheduler(seed: 3)
        var misc = tcpChecker("10.0.0.11")
        misc.probe.spec = .misc(MiscProbe(command: "/bin/weight", dynamic: true))
        _ = scheduler.register("a", checkers: [misc], now: .zero)
        _ = scheduler.register("b", checkers: [misc], now: .zero)
        let log = run(&scheduler, until: MonotonicInstant.zero + .seconds(12)) { _, _ in .successWithWeight(5) }
        let weights = log.compactMap { if case .weightsChanged(let s, let w) = $0.1 { "\(s)=\(w)" } else { nil } }
        #expect(weights == ["a=[5]", "b=[5]"])
    }

    @Test func theLastSubscriberLeavingStopsTheChecker() {
        var scheduler = Scheduler(seed: 3)
        let check = tcpChecker("10.0.0.11")
        _ = scheduler.register("a", checkers: [check], now: .zero)
        _ = scheduler.register("b", checkers: [check], now: .zero)
        scheduler.unregister("a")
        #expect(scheduler.checkerCount == 1)
        scheduler.unregister("b")
        #expect(scheduler.checkerCount == 0)
        #expect(scheduler.nextDeadline == nil)
        #expect(
            scheduler.handle(.probeFinished(check, .success), now: .zero) == [
                .ignored(reason: "no checker TCP_CHECK [10.0.0.11]:80")
            ])
    }

    @Test func reRegisteringKeepsTheStateOfCheckersThatStay() {
        var scheduler = Scheduler(seed: 3)
        let kept = tcpChecker("10.0.0.11")
        let dropped = tcpChecker("10.0.0.11", port: 9000)
        _ = scheduler.register("rs", checkers: [kept, dropped], now: .zero)
        _ = run(&scheduler, until: MonotonicInstant.zero + .seconds(12)) { key, _ in
            key == kept ? .failure(reason: "down") : .success
        }
        let deadline = scheduler.checker(kept)?.nextDeadline
        #expect(scheduler.register("rs", checkers: [kept], now: MonotonicInstant.zero + .seconds(12)).isEmpty)
        #expect(scheduler.checker(kept)?.state == .down)
        #expect(scheduler.checker(kept)?.nextDeadline == deadline)
        #expect(scheduler.checker(dropped) == nil)
        #expect(scheduler.health(of: "rs")?.isAlive == false)
    }

    @Test func reRegisteringReportsALivenessChange() {
        var scheduler = Scheduler(seed: 3)
        let failing = tcpChecker("10.0.0.11")
        _ = scheduler.register("rs", checkers: [failing], now: .zero)
        _ = run(&scheduler, until: MonotonicInstant.zero + .seconds(12)) { _, _ in .failure(reason: "down") }
        #expect(
            scheduler.register("rs", checkers: [], now: MonotonicInstant.zero + .seconds(12)) == [.realServerUp("rs")])
    }

    @Test func theSameSeedSchedulesTheSameFirstProbes() {
        func firstDeadlines(seed: UInt64) -> [MonotonicInstant?] {
            var scheduler = Scheduler(seed: seed)
            let keys = (1...5).map { tcpChecker("10.0.0.\($0)") }
            for key in keys { _ = scheduler.register(key.description, checkers: [key], now: .zero) }
            return keys.map { scheduler.checker($0)?.nextDeadline }
        }
        #expect(firstDeadlines(seed: 11) == firstDeadlines(seed: 11))
        #expect(firstDeadlines(seed: 11) != firstDeadlines(seed: 12))
    }
}
