/// An HTTP/1.0 response of the status server (RFC 1945 section 6): the connection closes after it.
struct StatusResponse: Hashable, Sendable {
    var code: Int
    var reason: String
    var contentType: String
    var body: [UInt8]

    static let prometheusContentType = "text/plain; version=0.0.4; charset=utf-8"

    static func text(_ code: Int, _ reason: String, _ message: String) -> StatusResponse {
        StatusResponse(
            code: code, reason: reason, contentType: "text/plain; charset=utf-8", body: Array((message + "\n").utf8))
    }

    /// Status line, headers and (unless `headOnly`) the body.
    func bytes(headOnly: Bool = false) -> [UInt8] {
        let head =
            "HTTP/1.0 \(code) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
            + "Connection: close\r\n\r\n"
        return Array(head.utf8) + (headOnly ? [] : body)
    }
}
