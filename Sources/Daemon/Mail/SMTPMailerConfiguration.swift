/// Where and how `SMTPMailer` delivers: keepalived's `smtp_server`, `smtp_helo_name` and
/// `smtp_connect_timeout` (Docs/Keepalived.md §6.4), plus Vigil's queue bound.
public struct SMTPMailerConfiguration: Hashable, Sendable {
    /// An IP address or a host name (resolved off the event loop at each session).
    public var host: String
    public var port: Int
    public var heloName: String
    /// Bounds the connect and each wait for a reply, as keepalived's `smtp_connect_timeout` does.
    public var timeout: Duration
    /// Alerts waiting beyond this many push the oldest out.
    public var queueCapacity: Int

    public init(
        host: String, port: Int = 25, heloName: String, timeout: Duration = .seconds(30), queueCapacity: Int = 64
    ) {
        self.host = host
        self.port = port
        self.heloName = heloName
        // keepalived turns a timeout of 0 into 1 s.
        self.timeout = timeout > .zero ? timeout : .seconds(1)
        self.queueCapacity = max(1, queueCapacity)
    }

    /// `[192.0.2.25]:25`, as keepalived names the server in its log lines.
    public var serverLabel: String { "[\(host)]:\(port)" }
}
