import NetworkPrimitives

/// A `real_server IP [PORT] { }` block inside a virtual server, with the virtual server's defaults
/// applied (Docs/Keepalived.md §2.3).
public struct RealServer: Hashable, Sendable {
    public var location: SourceLocation
    public var address: IPAddress
    /// The port: the virtual server's when not written; forced to it for non-NAT methods; 0 for fwmark.
    public var port: UInt16
    /// `weight` (0...2147483647): the virtual server's `weight` (1) by default.
    public var weight: UInt32
    /// `lvs_method`; the virtual server's method by default.
    public var forwardingMethod: LBKind
    /// `uthreshold`: maximum connections (0 = none).
    public var upperThreshold: UInt32
    /// `lthreshold`: connections below which the server is used again.
    public var lowerThreshold: UInt32
    /// `inhibit_on_failure`, defaulting to the virtual server's.
    public var inhibitOnFailure: Bool
    public var notifyUp: ScriptCommand?
    public var notifyDown: ScriptCommand?
    /// `alpha`, defaulting to the virtual server's.
    public var alpha: Bool
    /// `smtp_alert`: on by default unless a global `smtp_alert[_checker]` says otherwise.
    public var smtpAlert: Bool
    public var virtualhost: String?
    /// The health checkers; the server is alive when all of them are up (or there are none).
    public var checkers: [HealthChecker]

    public init(location: SourceLocation, address: IPAddress, port: UInt16) {
        self.location = location
        self.address = address
        self.port = port
        weight = 1
        forwardingMethod = .nat
        upperThreshold = 0
        lowerThreshold = 0
        inhibitOnFailure = false
        alpha = false
        smtpAlert = true
        checkers = []
    }
}
