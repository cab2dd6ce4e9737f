import Daemon
import Engine
import TestSupport
import Testing

private func message(_ subject: String = "[lb1] VRRP Instance VI_1 - Entering MASTER state") -> AlertMessage {
    AlertMessage(
        sender: "root@lb1", recipients: ["ops@example.com", "noc@example.com"], subject: subject,
        body: "=> VRRP Instance is now owning VRRP VIPs <=", date: MailDate(secondsSinceEpoch: 0))
}

private func mailer(
    _ server: RecordingSMTPServer, timeout: Duration = .seconds(5), capacity: Int = 64, log: LogCollector
)
    -> SMTPMailer
{
    SMTPMailer(
        configuration: SMTPMailerConfiguration(
            host: "127.0.0.1", port: Int(server.port), heloName: "lb1", timeout: timeout, queueCapacity: capacity),
        log: { log.record($0) })
}

@Suite(.timeLimit(.minutes(1))) struct SMTPMailerTests {
    @Test func anAlertIsDeliveredWithKeepalivedsDialog() async throws {
        let server = try RecordingSMTPServer(.accepting)
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, log: log)
        mailer.send(message())
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(
            server.transcript == [
                "HELO lb1", "MAIL FROM:<root@lb1>", "RCPT TO:<ops@example.com>", "RCPT TO:<noc@example.com>", "DATA",
                "Date: Thu, 01 Jan 1970 00:00:00 +0000", "From: root@lb1",
                "Subject: [lb1] VRRP Instance VI_1 - Entering MASTER state", "X-Mailer: Keepalived",
                "To: ops@example.com, noc@example.com", "", "=> VRRP Instance is now owning VRRP VIPs <=", ".", "QUIT",
            ])
        #expect(mailer.activity == SMTPMailerActivity(delivered: 1))
        #expect(log.messages == ["SMTP alert successfully sent."])
    }

    @Test func alertsGoOutOneSessionEachInTheOrderSent() async throws {
        let server = try RecordingSMTPServer(.accepting)
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, log: log)
        for n in 1...3 { mailer.send(message("alert \(n)")) }
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(
            server.transcript.filter { $0.hasPrefix("Subject:") } == [
                "Subject: alert 1", "Subject: alert 2", "Subject: alert 3",
            ])
        #expect(server.sessionCount == 3)
        #expect(mailer.activity.delivered == 3)
    }

    @Test func aServerAnswering5xxFailsTheAlertAndTheLogNamesTheCommandAndCode() async throws {
        let server = try RecordingSMTPServer(.rejecting(command: "MAIL FROM", reply: "550 5.7.1 sender refused"))
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, log: log)
        mailer.send(message())
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(server.transcript == ["HELO lb1", "MAIL FROM:<root@lb1>", "QUIT"])
        #expect(mailer.activity == SMTPMailerActivity(failed: 1))
        #expect(
            log.messages == [
                "Error processing MAIL cmd on SMTP server [127.0.0.1]:\(server.port). SMTP status code = 550 (5.7.1 sender refused)"
            ])
    }

    @Test func aRefusedRecipientIsLoggedAndTheOtherStillGetsTheAlert() async throws {
        let server = try RecordingSMTPServer(.rejecting(command: "RCPT TO:<ops@", reply: "550 5.1.1 no such user"))
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, log: log)
        mailer.send(message())
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(server.transcript.contains("DATA"))
        #expect(mailer.activity.delivered == 1)
        #expect(
            log.messages == [
                "SMTP server [127.0.0.1]:\(server.port) refused recipient <ops@example.com>: 550 5.1.1 no such user",
                "SMTP alert successfully sent.",
            ])
    }

    @Test func aServerThatNeverAnswersTimesOutWithoutBlockingTheCaller() async throws {
        let server = try RecordingSMTPServer(.silent)
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, timeout: .milliseconds(300), log: log)
        mailer.send(message())
        // send returned while the session is still waiting for a greeting that never comes.
        #expect(mailer.activity.sending || mailer.activity.queued == 1)
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(mailer.activity == SMTPMailerActivity(failed: 1))
        #expect(log.messages == ["Timeout reading data to remote SMTP server [127.0.0.1]:\(server.port)."])
    }

    @Test func nobodyListeningIsAConnectionError() async throws {
        let server = try RecordingSMTPServer(.accepting)
        server.stop()
        let log = LogCollector()
        let mailer = mailer(server, timeout: .seconds(2), log: log)
        mailer.send(message())
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(mailer.activity.failed == 1)
        let line = try #require(log.messages.first)
        #expect(line.hasPrefix("SMTP connection ERROR to [127.0.0.1]:\(server.port)."))
    }

    @Test func aFullQueueDropsTheOldestWaitingAlert() async throws {
        let server = try RecordingSMTPServer(.silent)
        defer { server.stop() }
        let log = LogCollector()
        let mailer = mailer(server, timeout: .milliseconds(200), capacity: 2, log: log)
        // The first alert goes straight into a session; 2 and 3 wait; 4 pushes 2 out.
        for n in 1...4 { mailer.send(message("alert \(n)")) }
        #expect(mailer.activity.dropped == 1)
        #expect(log.messages.first == "SMTP alert queue full (2): dropping 'alert 2'")
        #expect(await mailer.waitUntilIdle(timeout: .seconds(10)))
        #expect(mailer.activity == SMTPMailerActivity(failed: 3, dropped: 1))
    }

    @Test func waitingForIdleGivesUpAfterItsTimeout() async throws {
        let server = try RecordingSMTPServer(.silent)
        defer { server.stop() }
        let mailer = mailer(server, timeout: .seconds(30), log: LogCollector())
        mailer.send(message())
        #expect(await mailer.waitUntilIdle(timeout: .milliseconds(100)) == false)
    }

    @Test(arguments: [(Duration.zero, Duration.seconds(1)), (.seconds(30), .seconds(30))])
    func aZeroConnectTimeoutBecomesOneSecondAsInKeepalived(configured: Duration, effective: Duration) {
        #expect(SMTPMailerConfiguration(host: "h", heloName: "x", timeout: configured).timeout == effective)
    }
}
