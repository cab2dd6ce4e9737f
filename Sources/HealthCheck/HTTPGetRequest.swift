/// The request keepalived's HTTP_GET sends for one URL (Docs/Keepalived.md §4.2): a request line for
/// `http_protocol`, `User-Agent: KeepAliveClient`, `Connection: close` for 1.0C and 1.1, and `Host:`.
public struct HTTPGetRequest: Hashable, Sendable {
    public var path: String
    public var host: String
    public var protocolVersion: HTTPProbe.ProtocolVersion

    /// `Host:` is the URL's virtual host, else the checker's, else `address:port` of the target.
    public init(url: HTTPProbe.URLCheck, probe: HTTPProbe, target: ProbeTarget) {
        path = url.path
        host = url.virtualHost ?? probe.virtualHost ?? target.hostHeaderValue
        protocolVersion = probe.protocolVersion
    }

    /// The request as sent, ending in the blank line.
    public var text: String {
        var lines = ["GET \(path) HTTP/\(protocolVersion == .http11 ? "1.1" : "1.0")", "User-Agent: KeepAliveClient"]
        switch protocolVersion {
        case .http10: break
        case .http10Close, .http11: lines.append("Connection: close")
        }
        lines.append("Host: \(host)")
        return lines.joined(separator: "\r\n") + "\r\n\r\n"
    }

    public var bytes: [UInt8] { Array(text.utf8) }
}
