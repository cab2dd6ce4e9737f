import Daemon
import Engine
import LinuxPlatform
import NetworkPrimitives
import Testing
import VRRP

private func makeEngine() throws -> VRRPEngine {
    let vip = try #require(IPPrefix("10.99.0.100/24"))
    let vrrp = VRRPInstanceConfiguration(
        name: "VI_1", virtualRouterID: 1, version: .v2, interface: "eth0", priority: 150, virtualAddresses: [vip],
        sourceAddress: IPAddress("10.99.0.2"))
    let instance = EngineInstance(vrrp: vrrp, addresses: [VirtualAddress(prefix: vip, interface: "eth0")])
    return VRRPEngine(configuration: EngineConfiguration(instances: [instance]), linkStates: ["eth0": true])
}

@Suite(.timeLimit(.minutes(1))) struct AlertNotifierEngineTests {
    @Test func observingTheEngineMailsItsTransitionsAndStoppingMailsStop() async throws {
        let server = try RecordingSMTPServer(.accepting)
        defer { server.stop() }
        let alerts = AlertNotifier(
            configuration: CheckerConfigText.load(
                AlertConfigText.globals(port: server.port)
                    + AlertConfigText.instance("VI_1", vrid: 1, lines: "smtp_alert")
            ).configuration,
            identity: LocalMailIdentity(hostname: "lb1", userName: "root"), clock: { MailDate(secondsSinceEpoch: 0) },
            log: { _ in })
        var engine = try makeEngine()
        _ = engine.start(now: .zero)
        alerts.observe(engine)
        while let deadline = engine.nextDeadline, deadline <= .zero + .seconds(5) {
            _ = engine.handle(.deadlineReached, now: deadline)
            alerts.observe(engine)
        }
        alerts.instanceChanged("VI_1", to: .master)
        alerts.stopping(engine)
        #expect(await alerts.waitUntilIdle(timeout: .seconds(10)))
        let subjects = server.transcript.filter { $0.hasPrefix("Subject: ") }
        #expect(
            subjects == [
                "Subject: [LB_TEST] VRRP Instance VI_1 - Entering MASTER state",
                "Subject: [LB_TEST] VRRP Instance VI_1 - Stopping",
            ])
    }
}
