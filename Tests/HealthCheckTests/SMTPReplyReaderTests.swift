import HealthCheck
import Testing

@Suite struct SMTPReplyReaderTests {
    private func read(_ chunks: [String]) throws -> [SMTPReply] {
        var reader = SMTPReplyReader()
        var replies: [SMTPReply] = []
        for chunk in chunks { replies += try reader.append(Array(chunk.utf8)) }
        return replies
    }

    @Test func aOneLineReplyIsItsCodeAndText() throws {
        #expect(
            try read(["220 mail.example.com ESMTP\r\n"]) == [SMTPReply(code: 220, lines: ["mail.example.com ESMTP"])])
    }

    @Test func aMultiLineReplyEndsAtTheLineWithASpaceAfterTheCode() throws {
        let replies = try read(["250-mail.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n"])
        #expect(replies == [SMTPReply(code: 250, lines: ["mail.example.com", "PIPELINING", "8BITMIME"])])
    }

    @Test func repliesSplitAnywhereAcrossReadsComeOutWhole() throws {
        let text = "250-first\r\n250 second\r\n354 go ahead\r\n"
        for cut in 1..<text.utf8.count {
            let bytes = Array(text.utf8)
            let chunks = [
                String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[cut...], as: UTF8.self),
            ]
            #expect(try read(chunks).map(\.code) == [250, 354], "cut at \(cut)")
        }
    }

    @Test func aBareLineFeedAndACodeWithoutTextAreAccepted() throws {
        #expect(try read(["221\n"]) == [SMTPReply(code: 221, lines: [""])])
    }

    @Test func nothingIsReturnedUntilTheReplyEnds() throws {
        #expect(try read(["250-one\r\n", "250-two\r\n"]).isEmpty)
    }

    @Test(arguments: ["hello\r\n", "25\r\n", "2500 x\r\n", "250_x\r\n", "099 too small\r\n", "600 too big\r\n"])
    func aLineThatIsNotAReplyThrows(line: String) {
        #expect(throws: SMTPReplyError.self) { try read([line]) }
    }

    @Test func anEndlessLineThrowsInsteadOfGrowing() {
        let long = String(repeating: "x", count: SMTPReplyReader.maximumLineLength + 1)
        #expect(throws: SMTPReplyError.lineTooLong) { try read(["250 " + long]) }
        #expect(throws: SMTPReplyError.lineTooLong) { try read(["250 " + long + "\r\n"]) }
    }
}
