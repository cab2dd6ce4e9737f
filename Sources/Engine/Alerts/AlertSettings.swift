/// The `global_defs` settings that shape SMTP alerts (Docs/Keepalived.md §6.4), with keepalived's
/// defaults already substituted by the shell (`router_id` and `notification_email_from` need the
/// host name and user, which pure code cannot read).
public struct AlertSettings: Hashable, Sendable {
    /// False when `smtp_server` is not set: keepalived sends no mail at all then.
    public var hasServer: Bool
    /// `notification_email { }`: envelope recipients and the `To:` header.
    public var recipients: [String]
    /// `notification_email_from`, or `<user>@<hostname>`.
    public var sender: String
    /// `router_id`, or the host name: the `[…]` prefix of every subject.
    public var routerID: String
    /// `no_email_faults`: no mail for FAULT transitions.
    public var noEmailFaults: Bool
    /// `no_checker_emails`: a checker that changes state mails only when the real server's health changes.
    public var noCheckerEmails: Bool
    /// The `X-Mailer:` header; keepalived writes `Keepalived`, which mail filters may match on.
    public var mailerName: String

    public init(
        hasServer: Bool, recipients: [String], sender: String, routerID: String, noEmailFaults: Bool = false,
        noCheckerEmails: Bool = false, mailerName: String = "Keepalived"
    ) {
        self.hasServer = hasServer
        self.recipients = recipients
        self.sender = sender
        self.routerID = routerID
        self.noEmailFaults = noEmailFaults
        self.noCheckerEmails = noCheckerEmails
        self.mailerName = mailerName
    }
}
