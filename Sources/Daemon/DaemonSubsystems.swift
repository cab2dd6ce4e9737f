/// Which of keepalived's subsystems run: both, VRRP only (`-P`) or the checkers only (`-C`).
public enum DaemonSubsystems: Hashable, Sendable {
    case all
    case vrrpOnly
    case checkerOnly

    /// VRRP instances run (not `-C`).
    public var runsVRRP: Bool { self != .checkerOnly }
    /// Virtual servers are checked and programmed (not `-P`).
    public var runsCheckers: Bool { self != .vrrpOnly }
}
