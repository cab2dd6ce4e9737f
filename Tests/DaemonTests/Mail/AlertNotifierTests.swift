import Daemon
import Engine
import HealthCheck
import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives
import TestSupport
import Testing

private let identity = LocalMailIdentity(hostname: "lb1", userName: "root")

private func notifier(_ text: String, log: LogCollector) -> AlertNotifier {
    AlertNotifier(
        configuration: CheckerConfigText.load(text).configuration, identity: identity,
        clock: { MailDate(secondsSinceEpoch: 0) }, log: { log.record($0) })
}

private func subjects(_ server: RecordingSMTPServer) -> [String] {
    server.transcript.filter { $0.hasPrefix("Subject: ") }.map { String($0.dropFirst("Subject: ".count)) }
}

@Suite(.timeLimit(.minutes(1))) struct AlertNotifierTests {
    @Test func vrrpTransitionsMailOnlyForInstancesWithSmtpAlert() async throws {
        let server = try RecordingSMTPServer(.accepting)
        defer { server.stop() }
        let log = LogCollector()
        let alerts = notifier(
            AlertConfigText.globals(port: server.port) + AlertConfigText.instance("VI_1", vrid: 1, lines: "smtp_alert")
                + AlertConfigText.instance("VI_2", vrid: 2), log: log)
        alerts.instanceChanged("VI_1", to: .master)
        alerts.instanceChanged("VI_2", to: .master)
        alerts.instanceChanged("VI_1", to: .master)
        alerts.instanceChanged("VI_1", to: .stop)
        #expect(await alerts.waitUntilIdle(timeout: .seconds(10)))
        #expect(
            subjects(server) == [
                "[LB_TEST] VRRP Instance VI_1 - Entering MASTER state", "[LB_TEST] VRRP Instance VI_1 - Stopping",
            ])
        #expect(server.transcript.contains("MAIL FROM:<vigil@lb1.example.com>"))
        #expect(alerts.mailerActivity?.delivered == 2)
    }

    @Test func withoutSmtpServerNothingIsSentAndNothingWaits() async {
        let alerts = notifier(
            AlertConfigText.globals(port: nil) + AlertConfigText.instance("VI_1", vrid: 1, lines: "smtp_alert"),
            log: LogCollector())
        alerts.instanceChanged("VI_1", to: .master)
        #expect(alerts.mailerActivity == nil)
        #expect(await alerts.waitUntilIdle(timeout: .milliseconds(10)))
    }

    @Test func aRealServerGoingDownAndUpMailsTwiceFromTheCheckersSnapshots() async throws {
        let server = try RecordingSMTPServer(.accepting)
        defer { server.stop() }
        let text =
            AlertConfigText.globals(port: server.port)
            + CheckerConfigText.virtualServer(
                "delay_loop 1", realServer: "TCP_CHECK {\nconnect_timeout 1\nretry 0\nwarmup 0\n}")
        let harness = CheckerServiceHarness(text)
        let alerts = notifier(text, log: LogCollector())
        let backend = IPAddress("10.0.1.1") ?? .v4(IPv4Address(0))
        _ = await harness.advance(upTo: .seconds(3)) { harness.prober.probes.count >= 1 }
        alerts.checkerSnapshot(harness.service.snapshot())
        harness.prober.set(backend, .failure(reason: "connection refused"))
        _ = await harness.advance(upTo: .seconds(5)) {
            harness.service.snapshot().virtualServers.first?.realServers.first?.isAlive == false
        }
        alerts.checkerSnapshot(harness.service.snapshot())
        harness.prober.set(backend, .success)
        _ = await harness.advance(upTo: .seconds(5)) {
            harness.service.snapshot().virtualServers.first?.realServers.first?.isAlive == true
        }
        alerts.checkerSnapshot(harness.service.snapshot())
        await harness.stop()
        #expect(await alerts.waitUntilIdle(timeout: .seconds(10)))
        #expect(
            subjects(server) == [
                "[LB_TEST] Realserver [10.0.1.1]:tcp:8080 of virtual server [10.0.0.100]:tcp:80 - DOWN",
                "[LB_TEST] Realserver [10.0.1.1]:tcp:8080 of virtual server [10.0.0.100]:tcp:80 - UP",
            ])
        #expect(server.transcript.contains("=> TCP CHECK failed on service <="))
        #expect(server.transcript.contains("=> TCP CHECK succeed on service <="))
    }

    @Test func aReloadThatMovesTheServerSendsTheNextAlertToTheNewOne() async throws {
        let old = try RecordingSMTPServer(.accepting)
        let new = try RecordingSMTPServer(.accepting)
        defer {
            old.stop()
            new.stop()
        }
        let instance = AlertConfigText.instance("VI_1", vrid: 1, lines: "smtp_alert")
        let alerts = notifier(AlertConfigText.globals(port: old.port) + instance, log: LogCollector())
        alerts.instanceChanged("VI_1", to: .master)
        #expect(await alerts.waitUntilIdle(timeout: .seconds(10)))
        alerts.reload(
            configuration: CheckerConfigText.load(AlertConfigText.globals(port: new.port) + instance).configuration)
        alerts.instanceChanged("VI_1", to: .backup)
        #expect(await alerts.waitUntilIdle(timeout: .seconds(10)))
        #expect(subjects(old) == ["[LB_TEST] VRRP Instance VI_1 - Entering MASTER state"])
        #expect(subjects(new) == ["[LB_TEST] VRRP Instance VI_1 - Entering BACKUP state"])
    }
}
