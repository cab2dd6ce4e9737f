import HealthCheck
import NetworkPrimitives
import Testing

func tcpChecker(_ address: String, port: UInt16 = 80, delayLoop: Duration = .seconds(10)) -> CheckerKey {
    let target = ProbeTarget(address: IPAddress(address) ?? .v4(IPv4Address(0)), port: port)
    return CheckerKey(
        probe: ProbeKey(target: target, spec: .tcpConnect), schedule: CheckerSchedule(delayLoop: delayLoop))
}

@Suite struct RealServerHealthTests {
    @Test func aRealServerWithoutCheckersIsAlwaysAlive() {
        #expect(RealServerHealth(checkers: []).isAlive)
    }

    @Test(arguments: [
        ([CheckerStateMachine.State.up, .up], true),
        ([.up, .down], false),
        ([.down, .down], false),
    ])
    func aRealServerIsAliveIffEveryCheckerIsUp(states: [CheckerStateMachine.State], alive: Bool) {
        let keys = [tcpChecker("10.0.0.1", port: 80), tcpChecker("10.0.0.1", port: 443)]
        var health = RealServerHealth(checkers: keys)
        for (key, state) in zip(keys, states) { health.record(key, state: state) }
        #expect(health.isAlive == alive)
        #expect(health.failedCheckerCount == states.count { $0 == .down })
    }

    @Test func recordReportsOnlyFlipsOfLiveness() {
        let keys = [tcpChecker("10.0.0.1", port: 80), tcpChecker("10.0.0.1", port: 443)]
        var health = RealServerHealth(checkers: keys)
        #expect(health.record(keys[0], state: .down) == true)
        #expect(health.record(keys[1], state: .down) == false)
        #expect(health.record(keys[0], state: .up) == false)
        #expect(health.record(keys[1], state: .up) == true)
    }

    @Test func unknownCheckersAreNotRecordedAndDuplicatesCountOnce() {
        let key = tcpChecker("10.0.0.1")
        var health = RealServerHealth(checkers: [key, key])
        #expect(health.checkers == [key])
        #expect(health.record(tcpChecker("10.0.0.2"), state: .down) == false)
        #expect(health.isAlive)
        #expect(health.state(of: tcpChecker("10.0.0.2")) == nil)
    }

    @Test func dynamicWeightsAreKeptPerChecker() {
        let keys = [tcpChecker("10.0.0.1", port: 80), tcpChecker("10.0.0.1", port: 443)]
        var health = RealServerHealth(checkers: keys)
        #expect(health.record(keys[1], dynamicWeight: 4) == true)
        #expect(health.record(keys[1], dynamicWeight: 4) == false)
        #expect(health.record(keys[0], dynamicWeight: 9) == true)
        #expect(health.dynamicWeights == [9, 4])
    }
}
