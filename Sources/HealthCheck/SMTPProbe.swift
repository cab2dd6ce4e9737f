/// An SMTP_CHECK: 220 greeting, HELO answered with 250, QUIT answered with 221.
public struct SMTPProbe: Hashable, Sendable {
    public var heloName: String

    public init(heloName: String = "smtpchecker.keepalived.org") { self.heloName = heloName }
}
