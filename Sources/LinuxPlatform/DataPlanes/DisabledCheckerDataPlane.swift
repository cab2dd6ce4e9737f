import LoadBalancer
import Runtime

/// `VIGIL_DATAPLANE=none`: health checks, scripts and status run, the kernel is left alone.
public struct DisabledCheckerDataPlane: DataPlane {
    public init() {}

    public var name: String { "none" }

    public func apply(_ table: VirtualServerTable) async throws -> [String] { [] }

    public func release() async throws {}
}
