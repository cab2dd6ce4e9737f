import LoadBalancer
import Runtime

/// The nftables data plane: each apply replaces the daemon's tables (`inet` for NAT, `netdev` for
/// DR) in one `nft -f -` transaction (Docs/Modules/LoadBalancer.md).
public struct NFTablesCheckerDataPlane: DataPlane {
    public let plane: NFTablesDataPlane

    public init(_ plane: NFTablesDataPlane) { self.plane = plane }

    public var name: String { "nftables" }

    public func apply(_ table: VirtualServerTable) async throws -> [String] {
        try plane.apply(table).omissions.map { "nftables cannot express \($0)" }
    }

    public func release() async throws { try plane.removeTable() }
}
