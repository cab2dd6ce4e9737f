/// SMTP alerting settings of `global_defs` (Docs/Keepalived.md §6.4): no mail is sent without `smtp_server`.
public struct EmailSettings: Hashable, Sendable {
    /// `notification_email { }`: recipients.
    public var recipients: [String]
    /// `notification_email_from`; `nil` means `<user>@<hostname>`.
    public var sender: String?
    /// `smtp_server HOST [PORT]`.
    public var server: SMTPServer?
    /// `smtp_helo_name`; `nil` means the local hostname.
    public var heloName: String?
    /// `smtp_connect_timeout`: 30 s by default.
    public var connectTimeout: Duration
    /// `smtp_alert`: the default for every alert; `nil` when not written.
    public var alert: Bool?
    /// `smtp_alert_vrrp`.
    public var alertVRRP: Bool?
    /// `smtp_alert_checker`.
    public var alertChecker: Bool?
    /// `no_email_faults`: no mail for FAULT transitions.
    public var noEmailFaults: Bool
    /// `no_checker_emails`.
    public var noCheckerEmails: Bool

    public init() {
        recipients = []
        connectTimeout = .seconds(30)
        noEmailFaults = false
        noCheckerEmails = false
    }
}

/// `smtp_server HOST [PORT]`.
public struct SMTPServer: Hashable, Sendable {
    /// An IP address or a host name, as written.
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16 = 25) {
        self.host = host
        self.port = port
    }
}
