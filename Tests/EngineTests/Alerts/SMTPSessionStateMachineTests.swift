import Engine
import HealthCheck
import NetworkPrimitives
import Testing

private let envelope = SMTPEnvelope(
    heloName: "lb1", sender: "root@lb1", recipients: ["a@example.com", "b@example.com"],
    content: "Subject: hi\r\n\r\n.hidden\r\nbody\r\n")
private let timeout = Duration.seconds(30)

/// Plays a server that answers each command with the next scripted reply.
private struct Dialog {
    var machine = SMTPSessionStateMachine(envelope: envelope, timeout: timeout, now: .zero)
    var now = MonotonicInstant.zero
    var sent: [String] = []
    var observed: [SMTPSessionStateMachine.Action] = []

    mutating func step(_ event: SMTPSessionStateMachine.Event) {
        for action in machine.handle(event, now: now) {
            if case .send(let text) = action { sent.append(text) } else { observed.append(action) }
        }
    }

    mutating func reply(_ text: String) { step(.received(Array(text.utf8))) }

    /// Connects and answers greeting, HELO, MAIL and each RCPT with `replies`, in order.
    mutating func run(_ replies: [String]) {
        step(.connected)
        for reply in replies where !machine.isFinished { self.reply(reply + "\r\n") }
    }

    var commands: [String] { sent.map { $0.hasSuffix("\r\n.\r\n") ? "<content>" : $0 } }
}

@Suite struct SMTPSessionStateMachineTests {
    @Test func aFullDialogSendsKeepalivedsCommandsInOrderAndDelivers() {
        var dialog = Dialog()
        dialog.run(["220 mx ESMTP", "250 mx", "250 ok", "250 ok", "250 ok", "354 go", "250 queued", "221 bye"])
        #expect(
            dialog.commands == [
                "HELO lb1\r\n", "MAIL FROM:<root@lb1>\r\n", "RCPT TO:<a@example.com>\r\n",
                "RCPT TO:<b@example.com>\r\n", "DATA\r\n", "<content>", "QUIT\r\n",
            ])
        #expect(dialog.observed == [.delivered, .close])
        #expect(dialog.machine.isFinished && dialog.machine.nextDeadline == nil)
    }

    @Test func theContentIsDotStuffedAndEndsWithTheDotLine() {
        var dialog = Dialog()
        dialog.run(["220 mx", "250 mx", "250 ok", "250 ok", "250 ok", "354 go"])
        #expect(dialog.sent.last == "Subject: hi\r\n\r\n..hidden\r\nbody\r\n.\r\n")
    }

    @Test func contentWithoutAFinalLineEndStillEndsWithTheDotOnItsOwnLine() {
        let bare = SMTPEnvelope(heloName: "h", sender: "s", recipients: ["r"], content: ".only")
        #expect(bare.dataPayload == "..only\r\n.\r\n")
    }

    @Test func multiLineRepliesCountAsOneReply() {
        var dialog = Dialog()
        dialog.step(.connected)
        dialog.reply("220-mx.example.com ESMTP\r\n220-no UCE\r\n220 welcome\r\n")
        dialog.reply("250-mx\r\n250-SIZE 1000\r\n250 HELP\r\n")
        #expect(dialog.commands == ["HELO lb1\r\n", "MAIL FROM:<root@lb1>\r\n"])
    }

    @Test(
        arguments: [
            (["554 go away"], SMTPStage.greeting, 554),
            (["220 mx", "501 bad helo"], .helo, 501),
            (["220 mx", "250 mx", "553 bad sender"], .mail, 553),
            (["220 mx", "250 mx", "250 ok", "250 ok", "250 ok", "451 try later"], .data, 451),
            (["220 mx", "250 mx", "250 ok", "250 ok", "250 ok", "354 go", "552 too big"], .content, 552),
        ] as [([String], SMTPStage, Int)])
    func anUnexpectedReplyFailsNamingTheCommandThenQuits(replies: [String], stage: SMTPStage, code: Int) throws {
        var dialog = Dialog()
        dialog.run(replies)
        let failure = try #require(dialog.observed.first)
        guard case .failed(.rejected(let failedStage, let reply)) = failure else {
            Issue.record("expected a rejection, got \(failure)")
            return
        }
        #expect(failedStage == stage && reply.code == code)
        #expect(dialog.sent.last == "QUIT\r\n")
        #expect(!dialog.machine.isFinished)
        dialog.reply("221 bye\r\n")
        #expect(dialog.observed.last == .close && dialog.machine.isFinished)
    }

    @Test func aRejectedRecipientIsReportedAndTheOthersStillGetTheMessage() {
        var dialog = Dialog()
        dialog.run(["220 mx", "250 mx", "250 ok", "250 ok", "550 no such user", "354 go", "250 queued"])
        #expect(
            dialog.observed.first == .recipientRejected("b@example.com", SMTPReply(code: 550, lines: ["no such user"])))
        #expect(dialog.observed.contains(.delivered))
    }

    @Test func whenEveryRecipientIsRejectedTheSessionFailsWithTheLastRejection() {
        var dialog = Dialog()
        dialog.run(["220 mx", "250 mx", "250 ok", "550 no a", "550 no b"])
        #expect(dialog.observed.last == .failed(.rejected(.recipient, SMTPReply(code: 550, lines: ["no b"]))))
        #expect(!dialog.sent.contains("DATA\r\n") && dialog.sent.last == "QUIT\r\n")
    }

    @Test func noConnectionWithinTheTimeoutIsAConnectTimeout() {
        var dialog = Dialog()
        dialog.now = .zero + timeout - .milliseconds(1)
        dialog.step(.deadlineReached)
        #expect(dialog.observed.isEmpty)
        dialog.now = .zero + timeout
        dialog.step(.deadlineReached)
        #expect(dialog.observed == [.failed(.connectTimedOut), .close])
    }

    @Test func everyWaitForAReplyHasItsOwnTimeout() {
        var dialog = Dialog()
        dialog.now = .zero + .seconds(20)
        dialog.step(.connected)
        #expect(dialog.machine.nextDeadline == .zero + .seconds(50))
        dialog.now = .zero + .seconds(45)
        dialog.reply("220 mx\r\n")
        #expect(dialog.machine.nextDeadline == .zero + .seconds(75))
        dialog.now = .zero + .seconds(75)
        dialog.step(.deadlineReached)
        #expect(dialog.observed == [.failed(.timedOut(.helo)), .close])
    }

    @Test func aServerThatNeverAnswersQuitAfterDeliveryDoesNotMakeItAFailure() {
        var dialog = Dialog()
        dialog.run(["220 mx", "250 mx", "250 ok", "250 ok", "250 ok", "354 go", "250 queued"])
        dialog.now = .zero + timeout
        dialog.step(.deadlineReached)
        #expect(dialog.observed == [.delivered, .close])
    }

    @Test func theServerClosingBeforeDeliveryIsAFailureAfterQuitItIsNot() {
        var early = Dialog()
        early.run(["220 mx", "250 mx"])
        early.step(.connectionClosed)
        #expect(early.observed == [.failed(.connectionClosed(.mail)), .close])

        var late = Dialog()
        late.run(["220 mx", "250 mx", "250 ok", "250 ok", "250 ok", "354 go", "250 queued"])
        late.step(.connectionClosed)
        #expect(late.observed == [.delivered, .close])
    }

    @Test func aConnectErrorFailsAtOnce() {
        var dialog = Dialog()
        dialog.step(.connectFailed(reason: "connection refused"))
        #expect(dialog.observed == [.failed(.connectFailed(reason: "connection refused")), .close])
        dialog.step(.connected)
        #expect(dialog.observed.count == 2)
    }

    @Test func garbageFromTheServerFailsTheSession() {
        var dialog = Dialog()
        dialog.step(.connected)
        dialog.reply("HTTP/1.1 400 Bad Request\r\n")
        #expect(dialog.observed == [.failed(.malformedReply(.malformedLine("HTTP/1.1 400 Bad Request"))), .close])
    }

    @Test(
        arguments: [
            (SMTPFailure.connectTimedOut, "Timeout connecting SMTP server [192.0.2.1]:25."),
            (
                .rejected(.greeting, SMTPReply(code: 554, lines: [""])),
                "Error connecting SMTP server [192.0.2.1]:25. SMTP status code = 554"
            ),
            (
                .rejected(.helo, SMTPReply(code: 501, lines: ["bad"])),
                "Error processing HELO cmd on SMTP server [192.0.2.1]:25. SMTP status code = 501 (bad)"
            ),
            (
                .rejected(.content, SMTPReply(code: 552, lines: ["too big"])),
                "Error processing DOT cmd on SMTP server [192.0.2.1]:25. SMTP status code = 552 (too big)"
            ),
            (.timedOut(.data), "Timeout reading data to remote SMTP server [192.0.2.1]:25."),
            (.connectionClosed(.mail), "Remote SMTP server [192.0.2.1]:25 has closed the connection."),
        ] as [(SMTPFailure, String)])
    func failuresAreLoggedInKeepalivedsWords(failure: SMTPFailure, line: String) {
        #expect(failure.logLine(server: "[192.0.2.1]:25") == line)
    }
}
