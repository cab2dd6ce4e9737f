import Engine
import Testing

@Suite struct AlertMessageTests {
    private let message = AlertMessage(
        sender: "keepalived@lb1", recipients: ["ops@example.com", "noc@example.com"],
        subject: "[lb1] VRRP Instance VI_1 - Entering MASTER state",
        body: "=> VRRP Instance is now owning VRRP VIPs <=",
        date: MailDate(secondsSinceEpoch: 0))

    @Test func theContentHasKeepalivedsHeadersInKeepalivedsOrder() {
        #expect(
            message.content
                == "Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n" + "From: keepalived@lb1\r\n"
                + "Subject: [lb1] VRRP Instance VI_1 - Entering MASTER state\r\n" + "X-Mailer: Keepalived\r\n"
                + "To: ops@example.com, noc@example.com\r\n" + "\r\n"
                + "=> VRRP Instance is now owning VRRP VIPs <=\r\n")
    }

    @Test func bodyLinesEndInCRLFWhateverTheyEndedInBefore() {
        var multiLine = message
        multiLine.body = "one\ntwo\r\nthree"
        #expect(multiLine.content.hasSuffix("\r\n\r\none\r\ntwo\r\nthree\r\n"))
    }

    @Test func aLineBreakInAHeaderValueCannotStartAnotherHeader() {
        var hostile = message
        hostile.subject = "[lb1] VRRP Instance x\r\nBcc: victim@example.com - Entering MASTER state"
        let headerLines = hostile.content.split(separator: "\r\n\r\n")[0].split(separator: "\r\n")
        #expect(headerLines.count == 5)
        #expect(!headerLines.contains { $0.hasPrefix("Bcc:") })
    }
}
