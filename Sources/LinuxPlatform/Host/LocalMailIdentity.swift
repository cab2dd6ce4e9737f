/// The host name and user keepalived falls back on for `router_id`, `notification_email_from`
/// (`user@host`) and `smtp_helo_name`.
public struct LocalMailIdentity: Hashable, Sendable {
    /// The full host name.
    public var hostname: String
    /// The effective user's login name.
    public var userName: String

    /// An identity with these names.
    public init(hostname: String, userName: String) {
        self.hostname = hostname
        self.userName = userName
    }

    /// `gethostname(2)` and the effective user's name from the password database.
    public static func current() -> LocalMailIdentity {
        let hostname = System.hostName() ?? ""
        return LocalMailIdentity(
            hostname: hostname.isEmpty ? "localhost" : hostname, userName: System.effectiveUserName() ?? "root")
    }
}
