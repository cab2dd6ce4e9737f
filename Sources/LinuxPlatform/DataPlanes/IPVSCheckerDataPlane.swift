import LoadBalancer
import Runtime

/// The checker side's IPVS driver: each desired table is reconciled against the kernel's table,
/// limited to the services this daemon owns (Docs/Keepalived.md §4.4, §5).
public struct IPVSCheckerDataPlane: DataPlane {
    public let plane: IPVSDataPlane
    public var name: String { "IPVS" }

    public init(plane: IPVSDataPlane) { self.plane = plane }

    public func apply(_ table: VirtualServerTable) async throws -> [String] {
        let result = try plane.reconcile(to: table)
        return result.failures.map(\.description) + result.unrepresented.map { "IPVS: left alone: \($0)" }
    }

    public func release() async throws {
        _ = try plane.release()
    }

    /// `IPVS_CMD_FLUSH`: every service in the kernel's table, including those this daemon never added.
    public func flush() async throws {
        try plane.flush()
    }
}
