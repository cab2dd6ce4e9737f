import HealthCheck
import NetworkPrimitives
import Testing

/// Drives one checker through its deadlines, feeding scripted probe results.
private struct Driver {
    var machine: CheckerStateMachine
    var now = MonotonicInstant.zero

    init(_ schedule: CheckerSchedule, seed: UInt64 = 1, probeTimeout: Duration = .seconds(5)) {
        var random = SplitMix64(seed: seed)
        machine = CheckerStateMachine(schedule: schedule, probeTimeout: probeTimeout, now: .zero, random: &random)
    }

    /// Waits for the next probe, answers it with `result`, and returns when the probe started, its
    /// attempt number and the actions the answer caused.
    mutating func probe(_ result: ProbeResult) -> (
        at: MonotonicInstant, attempt: Int?, actions: [CheckerStateMachine.Action]
    ) {
        guard let deadline = machine.nextDeadline else { return (now, nil, []) }
        now = deadline
        var attempt: Int?
        for action in machine.handle(.deadlineReached, now: now) {
            if case .startProbe(let n) = action { attempt = n }
        }
        return (now, attempt, machine.handle(.probeFinished(result), now: now))
    }
}

private let failed = ProbeResult.failure(reason: "connection refused")

@Suite struct CheckerStateMachineTests {
    @Test(arguments: [UInt64(1), 2, 3, 42, 1000])
    func firstProbeIsDueOneSecondPlusJitterWithinWarmup(seed: UInt64) {
        let driver = Driver(CheckerSchedule(delayLoop: .seconds(10), warmup: .seconds(4)), seed: seed)
        let first = driver.machine.nextDeadline ?? .zero
        #expect(first >= MonotonicInstant.zero + .seconds(1))
        #expect(first <= MonotonicInstant.zero + .seconds(5))
    }

    @Test func theSameSeedGivesTheSameJitterAndSeedsSpreadIt() {
        let schedule = CheckerSchedule(delayLoop: .seconds(60))
        let firsts = (UInt64(0)..<20).map { Driver(schedule, seed: $0).machine.nextDeadline }
        #expect(firsts == (UInt64(0)..<20).map { Driver(schedule, seed: $0).machine.nextDeadline })
        #expect(Set(firsts).count > 10)
    }

    @Test func zeroWarmupMeansNoJitter() {
        let driver = Driver(CheckerSchedule(delayLoop: .seconds(10), warmup: .zero))
        #expect(driver.machine.nextDeadline == MonotonicInstant.zero + .seconds(1))
    }

    @Test func successSchedulesTheNextCheckAfterDelayLoop() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(10)))
        let first = driver.probe(.success)
        #expect(first.attempt == 1)
        #expect(first.actions.isEmpty)
        #expect(driver.machine.state == .up)
        #expect(driver.machine.nextDeadline == first.at + .seconds(10))
    }

    @Test(arguments: [0, 1, 3])
    func atStartupTheFirstFailureMarksDownWhateverTheRetryCount(retry: Int) {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(10), retry: retry))
        let first = driver.probe(failed)
        #expect(first.actions == [.becameDown(reason: "connection refused")])
        #expect(driver.machine.nextDeadline == first.at + .seconds(10))
    }

    @Test(arguments: [0, 1, 3])
    func whileUpFailuresAreRetriedThenTheCheckerGoesDown(retry: Int) {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(10), retry: retry, delayBeforeRetry: .seconds(2)))
        let success = driver.probe(.success)
        var previous = success.at
        for n in 1...retry + 1 {
            let step = driver.probe(failed)
            #expect(step.attempt == n)
            #expect(step.at == previous + (n == 1 ? .seconds(10) : .seconds(2)))
            #expect(step.actions == (n == retry + 1 ? [.becameDown(reason: "connection refused")] : []))
            previous = step.at
        }
        #expect(driver.machine.state == .down)
        #expect(driver.machine.nextDeadline == previous + .seconds(10))
    }

    @Test func aSuccessDuringRetriesRestoresTheWholeBudget() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(10), retry: 2, delayBeforeRetry: .seconds(1)))
        _ = driver.probe(.success)
        _ = driver.probe(failed)
        _ = driver.probe(failed)
        #expect(driver.probe(.success).actions.isEmpty)
        #expect(driver.probe(failed).actions.isEmpty)
        #expect(driver.probe(failed).actions.isEmpty)
        #expect(driver.probe(failed).actions == [.becameDown(reason: "connection refused")])
    }

    @Test func whileDownChecksRepeatEveryDelayLoopAndOneSuccessBringsItUp() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(10), retry: 3, delayBeforeRetry: .seconds(1)))
        let down = driver.probe(failed)
        let again = driver.probe(failed)
        #expect(again.at == down.at + .seconds(10))
        #expect(again.attempt == 1)
        #expect(again.actions.isEmpty)
        let up = driver.probe(.success)
        #expect(up.at == again.at + .seconds(10))
        #expect(up.actions == [.becameUp])
        #expect(driver.machine.state == .up)
    }

    @Test func alphaStartsDownAndComesUpOnTheFirstSuccess() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(5), retry: 2, alpha: true))
        #expect(driver.machine.state == .down)
        #expect(driver.probe(failed).actions.isEmpty)
        #expect(driver.machine.state == .down)
        #expect(driver.probe(.success).actions == [.becameUp])
    }

    @Test func anEarlyWakeUpIsIgnored() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(5)))
        #expect(driver.machine.handle(.deadlineReached, now: .zero) == [.ignored(reason: "deadline not reached")])
        #expect(driver.machine.isProbing == false)
    }

    @Test func aResultWithoutAProbeInFlightIsIgnored() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(5)))
        #expect(driver.machine.handle(.probeFinished(.success), now: .zero) == [.ignored(reason: "no probe in flight")])
        #expect(driver.machine.state == .up)
    }

    @Test func aProbeThatNeverAnswersFailsAfterItsTimeoutAndGrace() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(5), warmup: .zero), probeTimeout: .seconds(3))
        let start = MonotonicInstant.zero + .seconds(1)
        #expect(driver.machine.handle(.deadlineReached, now: start) == [.startProbe(attempt: 1)])
        #expect(driver.machine.nextDeadline == start + .seconds(5))
        let actions = driver.machine.handle(.deadlineReached, now: start + .seconds(5))
        #expect(actions == [.becameDown(reason: "no result within 3.0 seconds")])
        #expect(
            driver.machine.handle(.probeFinished(.success), now: start + .seconds(6)).first
                == .ignored(reason: "no probe in flight"))
    }

    @Test func aDynamicWeightIsReportedOnceAndClearedWhenTheCheckerGoesDown() {
        var driver = Driver(CheckerSchedule(delayLoop: .seconds(5), retry: 0))
        #expect(driver.probe(.successWithWeight(7)).actions == [.weightChanged(dynamicWeight: 7)])
        #expect(driver.probe(.successWithWeight(7)).actions.isEmpty)
        #expect(driver.probe(.successWithWeight(nil)).actions == [.weightChanged(dynamicWeight: nil)])
        _ = driver.probe(.successWithWeight(3))
        #expect(
            driver.probe(failed).actions == [
                .becameDown(reason: "connection refused"), .weightChanged(dynamicWeight: nil),
            ])
        #expect(driver.probe(.successWithWeight(3)).actions == [.weightChanged(dynamicWeight: 3), .becameUp])
    }
}
