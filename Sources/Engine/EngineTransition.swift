import VRRP

/// An instance's last state change as the engine saw it, with its cause; `sequence` counts the
/// instance's changes, so a reader can tell a new one from the one it has already seen.
public struct EngineTransition: Hashable, Sendable {
    public var from: VRRPState
    public var to: VRRPState
    public var cause: TransitionCause
    /// The reason in words: `Receive advertisement timeout`, `VRRP_Script(chk) failed`; for a takeover
    /// after the master's priority 0, says so.
    public var reason: String
    public var sequence: Int

    public init(from: VRRPState, to: VRRPState, cause: TransitionCause, reason: String, sequence: Int) {
        self.from = from
        self.to = to
        self.cause = cause
        self.reason = reason
        self.sequence = sequence
    }
}
