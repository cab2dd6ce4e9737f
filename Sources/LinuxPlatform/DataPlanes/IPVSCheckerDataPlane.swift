import LoadBalancer
import Netlink
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

    /// `IPVS_CMD_SET_CONFIG` with the timeouts set, in whole seconds (the kernel keeps the others).
    public func setConnectionTimeouts(_ timeouts: ConnectionTimeouts) async throws -> [String] {
        guard !timeouts.isEmpty else { return [] }
        func seconds(_ duration: Duration?) -> UInt32? { duration.map { UInt32(clamping: $0.components.seconds) } }
        try plane.setTimeouts(
            IPVSTimeouts(tcp: seconds(timeouts.tcp), tcpFin: seconds(timeouts.tcpFin), udp: seconds(timeouts.udp)))
        return []
    }
}
