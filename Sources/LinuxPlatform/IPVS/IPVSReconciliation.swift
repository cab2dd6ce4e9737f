import LoadBalancer
import Netlink

/// What one `IPVSDataPlane.reconcile(to:)` or `release()` did.
public struct IPVSReconciliation: Sendable {
    /// A change the kernel refused.
    public struct Failure: Sendable, CustomStringConvertible {
        public var change: DataPlaneChange
        public var error: NetlinkRequestError

        public var description: String { "IPVS: \(change): \(error)" }
    }

    /// The diff that was applied, in order.
    public var changes: [DataPlaneChange]
    public var failures: [Failure]
    /// Kernel entries under this daemon's services that the planner cannot express (left alone).
    public var unrepresented: [String]

    public init(changes: [DataPlaneChange] = [], failures: [Failure] = [], unrepresented: [String] = []) {
        self.changes = changes
        self.failures = failures
        self.unrepresented = unrepresented
    }
}
