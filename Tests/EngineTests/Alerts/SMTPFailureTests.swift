import Engine
import HealthCheck
import Testing

@Suite struct SMTPFailureTests {
    @Test func aHostileServersControlBytesReachTheLogAsQuestionMarks() {
        let failure = SMTPFailure.malformedReply(.malformedLine("\u{0}\u{1B}[2Jnot smtp\u{7F}"))
        #expect(
            failure.logLine(server: "[192.0.2.25]:25")
                == "Can not read data from remote SMTP server [192.0.2.25]:25. (malformed reply '??[2Jnot smtp?')")
    }

    @Test func aPrintableReplyIsLoggedAsItCame() {
        let failure = SMTPFailure.malformedReply(.malformedLine("HTTP/1.1 400 Bad Request"))
        #expect(
            failure.logLine(server: "[192.0.2.25]:25")
                == "Can not read data from remote SMTP server [192.0.2.25]:25. (malformed reply 'HTTP/1.1 400 Bad Request')")
    }
}
