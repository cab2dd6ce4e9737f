/// What a request to the status server asks for, read from its request line (RFC 1945 section 5.1).
enum StatusRoute: Hashable, Sendable {
    case status
    case metrics
    case notFound
    case methodNotAllowed
    case badRequest

    /// The route of a request whose head is `head` (request line, headers); `metricsOnly` is the TCP listener.
    init(head: String, metricsOnly: Bool) {
        // Swift reads CR LF as one Character: cut at the first of CR, LF or CR LF.
        let requestLine = head.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3 || parts.count == 2, parts.count == 2 || parts[2].hasPrefix("HTTP/") else {
            self = .badRequest
            return
        }
        guard parts[0] == "GET" || parts[0] == "HEAD" else {
            self = .methodNotAllowed
            return
        }
        // A query string does not change the answer (Prometheus may add one).
        switch parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" {
        case "/metrics": self = .metrics
        case "/status" where !metricsOnly, "/" where !metricsOnly: self = .status
        default: self = .notFound
        }
    }
}
