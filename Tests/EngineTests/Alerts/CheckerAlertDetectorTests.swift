import Engine
import HealthCheck
import LoadBalancer
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerAlertDetectorTests {
    private let vs = VirtualServerID("[10.0.0.100]:tcp:80")

    /// Two healthy real servers (quorum 2), then the first refuses connections.
    private func failingFirstServer() -> (before: CheckerSnapshot, after: CheckerSnapshot) {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)], quorum: 2)))
        world.run(for: .seconds(2))
        let before = world.engine.snapshot(now: world.now)
        world.set(1, .refusing)
        world.run(for: .seconds(4))
        return (before, world.engine.snapshot(now: world.now))
    }

    @Test func aCheckerGoingDownIsOneRealServerEventWithTheServersHealthBeforeAndAfter() throws {
        let (before, after) = failingFirstServer()
        let events = CheckerAlertDetector.events(from: before, to: after, switches: CheckerAlertSwitches())
        let realServers = events.compactMap { if case .realServer(let alert) = $0 { alert } else { nil } }
        #expect(
            realServers == [
                RealServerAlert(
                    realServer: "[10.0.1.1]:tcp:8080", virtualServer: "[10.0.0.100]:tcp:80", checkerUp: false,
                    wasAlive: true, isAlive: false, body: "=> TCP CHECK failed on service <=", smtpAlert: true)
            ])
    }

    @Test func losingQuorumIsAVirtualServerEventThatAlertsOnlyWhenSwitchedOn() throws {
        let (before, after) = failingFirstServer()
        let quiet = CheckerAlertDetector.events(from: before, to: after, switches: CheckerAlertSwitches())
        let loud = CheckerAlertDetector.events(
            from: before, to: after, switches: CheckerAlertSwitches(alertingVirtualServers: [vs]))
        let quorum = { (events: [AlertEvent]) in
            events.compactMap { if case .virtualServerQuorum(let alert) = $0 { alert } else { nil } }
        }
        #expect(quorum(quiet).map(\.smtpAlert) == [false])
        let alert = try #require(quorum(loud).first)
        #expect(alert.smtpAlert && !alert.quorumUp && alert.liveWeight == 1)
        #expect(alert.body == "=> Lost quorum 2+0=2 <= 1 <=")
    }

    @Test func aSilencedRealServerStillProducesItsEventButWithAlertsOff() {
        let (before, after) = failingFirstServer()
        let id = RealServerID(virtualServer: vs, address: F.backend(1), port: 8080)
        let events = CheckerAlertDetector.events(
            from: before, to: after, switches: CheckerAlertSwitches(silentRealServers: [id]))
        let flags = events.compactMap { if case .realServer(let alert) = $0 { alert.smtpAlert } else { nil } }
        #expect(flags == [false])
    }

    @Test func serversThatAppearOrStayUnchangedAreNotTransitions() {
        let (before, after) = failingFirstServer()
        #expect(CheckerAlertDetector.events(from: CheckerSnapshot(), to: after, switches: .init()).isEmpty)
        #expect(CheckerAlertDetector.events(from: before, to: before, switches: .init()).isEmpty)
        #expect(CheckerAlertDetector.events(from: after, to: after, switches: .init()).isEmpty)
    }

    @Test func recoveryIsAnUpEvent() {
        let (before, after) = failingFirstServer()
        let events = CheckerAlertDetector.events(from: after, to: before, switches: CheckerAlertSwitches())
        let up = events.compactMap { if case .realServer(let alert) = $0 { alert } else { nil } }
        #expect(up.map(\.checkerUp) == [true])
        #expect(up.map(\.isAlive) == [true])
        #expect(up.map(\.body) == ["=> TCP CHECK succeed on service <="])
    }
}
