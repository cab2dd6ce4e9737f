import Testing

@testable import HealthCheck

@Suite struct HTTPResponseHeadTests {
    @Test(
        "the status code is three digits after the first space of an HTTP/ status line",
        arguments: [
            ("HTTP/1.0 200 OK", 200),
            ("HTTP/1.1 503 Service Unavailable", 503),
            ("HTTP/1.1 204", 204),
            ("HTTP/1.1 404 ", 404),
        ])
    func statusCode(line: String, expected: Int) {
        #expect(HTTPResponseHead.statusCode(of: Array(line.utf8)[...]) == expected)
    }

    @Test(
        "malformed status lines have no code",
        arguments: ["", "garbage", "garbage 200 OK", "HTTP/1.1 20 OK", "HTTP/1.1 2000 OK", "HTTP/1.1 2x0 OK", "HTTP/1.1  200 OK"])
    func malformedStatus(line: String) {
        #expect(HTTPResponseHead.statusCode(of: Array(line.utf8)[...]) == nil)
    }

    @Test(
        "Content-Length is read case-insensitively and only when it is a plain number",
        arguments: [
            ("Content-Length: 42", 42 as Int?),
            ("content-length:7", 7),
            ("CONTENT-LENGTH:   9  ", 9),
            ("Content-Length: -1", nil),
            ("Content-Length: 12abc", nil),
            ("Content-Length: 99999999999999999999999", nil),
            ("Content-Length:", nil),
        ])
    func contentLength(line: String, expected: Int?) {
        let head = HTTPResponseHead(parsing: Array("HTTP/1.1 200 OK\r\n\(line)\r\nX: y".utf8)[...])
        #expect(head.contentLength == expected)
        #expect(head.statusCode == 200)
    }

    @Test("the first Content-Length wins and other headers are ignored")
    func firstContentLength() {
        let text = "HTTP/1.0 200 OK\r\nX-Content-Length: 1\r\nContent-Length: 5\r\nContent-Length: 6"
        #expect(HTTPResponseHead(parsing: Array(text.utf8)[...]).contentLength == 5)
    }
}
