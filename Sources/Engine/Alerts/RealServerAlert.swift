/// One checker of one real server changed state: keepalived mails per checker transition, naming
/// the real server's health after it (which another failing checker may still hold DOWN).
public struct RealServerAlert: Hashable, Sendable {
    /// `[10.0.1.1]:tcp:8080`.
    public var realServer: String
    /// `[10.0.0.1]:tcp:80`, `FWM 1`, or `[group]:tcp`.
    public var virtualServer: String
    /// The checker's new state.
    public var checkerUp: Bool
    /// The real server's health before and after this checker's change.
    public var wasAlive: Bool
    public var isAlive: Bool
    /// The body line, `=> TCP CHECK failed on service <=` (see `RealServerAlertWording`).
    public var body: String
    /// The real server's resolved `smtp_alert`.
    public var smtpAlert: Bool

    public init(
        realServer: String, virtualServer: String, checkerUp: Bool, wasAlive: Bool, isAlive: Bool, body: String,
        smtpAlert: Bool
    ) {
        self.realServer = realServer
        self.virtualServer = virtualServer
        self.checkerUp = checkerUp
        self.wasAlive = wasAlive
        self.isAlive = isAlive
        self.body = body
        self.smtpAlert = smtpAlert
    }
}
