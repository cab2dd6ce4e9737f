/// An HTTP_GET or SSL_GET check: every URL must pass (Docs/Keepalived.md §4.2).
public struct HTTPProbe: Hashable, Sendable {
    /// One `url { }` block.
    public struct URLCheck: Hashable, Sendable {
        public var path: String
        /// Accepted status codes; keepalived's default is 200-299.
        public var statusCodes: [ClosedRange<Int>]
        /// Lower-case hex MD5 of the body, when set.
        public var digest: String?
        /// Overrides the checker's virtual host for this URL.
        public var virtualHost: String?
        /// A PCRE2 pattern the body must match (or must not, when `regexMustMatch` is false).
        public var regex: String?
        public var regexMustMatch: Bool

        public init(
            path: String, statusCodes: [ClosedRange<Int>] = [200...299], digest: String? = nil,
            virtualHost: String? = nil, regex: String? = nil, regexMustMatch: Bool = true
        ) {
            self.path = path
            self.statusCodes = statusCodes
            self.digest = digest
            self.virtualHost = virtualHost
            self.regex = regex
            self.regexMustMatch = regexMustMatch
        }

        /// True when `code` is in one of the accepted ranges.
        public func accepts(statusCode code: Int) -> Bool {
            statusCodes.contains { $0.contains(code) }
        }
    }

    /// `http_protocol`: the request line and whether `Connection: close` is sent.
    public enum ProtocolVersion: String, Hashable, Sendable, CaseIterable {
        case http10 = "1.0"
        case http10Close = "1.0C"
        case http11 = "1.1"
    }

    /// TLS settings of an SSL_GET check.
    public struct TLS: Hashable, Sendable {
        public var enableSNI: Bool
        public var serverName: String?
        public var compliant: Bool

        public init(enableSNI: Bool = false, serverName: String? = nil, compliant: Bool = false) {
            self.enableSNI = enableSNI
            self.serverName = serverName
            self.compliant = compliant
        }
    }

    public var urls: [URLCheck]
    /// The `Host:` header when neither the URL nor the request names one; else `address:port` is sent.
    public var virtualHost: String?
    public var protocolVersion: ProtocolVersion
    /// Non-nil for SSL_GET.
    public var tls: TLS?

    public init(
        urls: [URLCheck], virtualHost: String? = nil, protocolVersion: ProtocolVersion = .http10, tls: TLS? = nil
    ) {
        self.urls = urls
        self.virtualHost = virtualHost
        self.protocolVersion = protocolVersion
        self.tls = tls
    }
}
