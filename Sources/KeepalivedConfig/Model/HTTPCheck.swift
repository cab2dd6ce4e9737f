/// The keywords of `HTTP_GET` and `SSL_GET` (Docs/Keepalived.md §4.2).
public struct HTTPCheck: Hashable, Sendable {
    /// The `url { }` blocks, checked in order; at least one is required.
    public var urls: [URLCheck]
    /// `virtualhost`: Host header (the url's wins; the real server's and virtual server's are fallbacks).
    public var virtualhost: String?
    /// `http_protocol`: `1.0` by default.
    public var httpProtocol: HTTPProtocolVersion
    /// `fast_recovery`: check all URLs back to back while not up.
    public var fastRecovery: Bool
    /// `enable_sni` (SSL_GET).
    public var enableSNI: Bool
    /// `sni_name` (SSL_GET).
    public var sniName: String?
    /// `tls_compliant` (SSL_GET).
    public var tlsCompliant: Bool

    public init(urls: [URLCheck] = []) {
        self.urls = urls
        httpProtocol = .http10
        fastRecovery = false
        enableSNI = false
        tlsCompliant = false
    }
}

/// The request form of an HTTP check.
public enum HTTPProtocolVersion: String, Hashable, Sendable, CaseIterable {
    /// `GET path HTTP/1.0`.
    case http10 = "1.0"
    /// HTTP/1.0 with `Connection: close`.
    case http10Close = "1.0C"
    /// HTTP/1.1 with `Connection: close`.
    case http11 = "1.1"
}
