/// The keywords of `SMTP_CHECK`: 220, HELO, 250, QUIT, 221.
public struct SMTPCheck: Hashable, Sendable {
    /// `helo_name`: `smtpchecker.keepalived.org` by default.
    public var heloName: String
    /// The deprecated `host { }` blocks: each becomes one more SMTP checker with these connection settings.
    public var hosts: [CheckerConnection]

    public init(heloName: String = SMTPCheck.defaultHeloName, hosts: [CheckerConnection] = []) {
        self.heloName = heloName
        self.hosts = hosts
    }

    public static let defaultHeloName = "smtpchecker.keepalived.org"
}
