/// A whole HTTP/1.0 response as read from the socket: status code and body (RFC 1945 section 6).
struct StatusHTTPReply: Hashable, Sendable {
    var code: Int
    var body: [UInt8]

    init(_ bytes: [UInt8]) throws(StatusClientError) {
        guard let end = Self.endOfHead(bytes) else { throw .badResponse("no complete HTTP header") }
        let statusLine = String(
            decoding: bytes.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let code = Int(parts[1]) else {
            throw .badResponse("status line '\(statusLine.prefix(80))'")
        }
        self.code = code
        body = Array(bytes[end...])
    }

    /// The body, when the code is 200.
    func okBody() throws(StatusClientError) -> [UInt8] {
        guard code == 200 else {
            throw .httpStatus(code, String(decoding: body.prefix(200), as: UTF8.self).trimmingTrailingNewlines)
        }
        return body
    }

    private static func endOfHead(_ bytes: [UInt8]) -> Int? {
        let crlfcrlf: [UInt8] = [13, 10, 13, 10]
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index..<index + 4].elementsEqual(crlfcrlf) {
            return index + 4
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
