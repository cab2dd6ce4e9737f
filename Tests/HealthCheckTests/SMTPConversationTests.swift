import Testing

@testable import HealthCheck

@Suite struct SMTPConversationTests {
    static func run(_ lines: [String]) -> [SMTPConversation.Action] {
        var conversation = SMTPConversation(heloName: "checker.example")
        return lines.map { conversation.receive(line: Array($0.utf8)) }
    }

    @Test("220, HELO, 250, QUIT, 221 succeeds")
    func happyPath() {
        #expect(
            Self.run(["220 mail ESMTP", "250 hello", "221 bye"]) == [
                .send("HELO checker.example\r\n"), .send("QUIT\r\n"), .succeed,
            ])
    }

    @Test("multi-line replies are answered after their last line")
    func multiLine() {
        #expect(
            Self.run(["220-mail", "220-more", "220 ready", "250-hello", "250 ok", "221 bye"]) == [
                .wait, .wait, .send("HELO checker.example\r\n"), .wait, .send("QUIT\r\n"), .succeed,
            ])
    }

    @Test(
        "a wrong greeting or HELO answer fails",
        arguments: [
            (["554 go away"], SMTPConversation.Action.fail("bad SMTP greeting 554")),
            (["220 ok", "501 bad"], .fail("bad HELO response 501")),
            (["hello"], .fail("malformed SMTP reply")),
            (["220x"], .fail("malformed SMTP reply")),
        ])
    func failures(lines: [String], last: SMTPConversation.Action) {
        #expect(Self.run(lines).last == last)
    }

    @Test("like keepalived, any reply to QUIT completes the check")
    func anyQuitReply() {
        #expect(Self.run(["220 ok", "250 ok", "500 what"]).last == .succeed)
    }

    @Test("a bare three-digit line is a complete reply")
    func bareCode() throws {
        var reader = SMTPReplyReader(lineLimit: SMTPConversation.lineLimit)
        #expect(try reader.take(line: Array("220".utf8)).map(\.code) == 220)
    }
}
