import LoadBalancer

/// A virtual server gained or lost quorum (Docs/Keepalived.md §4.3).
public struct VirtualServerQuorumAlert: Hashable, Sendable {
    public var virtualServer: String
    public var quorumUp: Bool
    public var policy: QuorumPolicy
    /// Summed weight of the alive real servers after the change.
    public var liveWeight: Int
    /// The virtual server's resolved `smtp_alert` (off unless configured).
    public var smtpAlert: Bool

    public init(virtualServer: String, quorumUp: Bool, policy: QuorumPolicy, liveWeight: Int, smtpAlert: Bool) {
        self.virtualServer = virtualServer
        self.quorumUp = quorumUp
        self.policy = policy
        self.liveWeight = liveWeight
        self.smtpAlert = smtpAlert
    }

    /// keepalived's body: it prints `quorum+hysteresis=threshold` in both directions, the threshold
    /// being the one just crossed (`quorum - hysteresis` when quorum is lost).
    public var body: String {
        let verb = quorumUp ? "Gained quorum" : "Lost quorum"
        let threshold = quorumUp ? policy.gainThreshold : policy.lossThreshold
        return "=> \(verb) \(policy.quorum)+\(policy.hysteresis)=\(threshold) <= \(liveWeight) <="
    }
}
