import LoadBalancer
import Runtime

/// `lvs_flush_on_stop` (without `VS`): a stop that releases the data plane flushes it instead, so
/// every virtual server of its kind goes, not only this daemon's (Docs/Keepalived.md §4.4). With
/// `-I` nothing is released and so nothing is flushed, as in keepalived.
struct FlushOnStopDataPlane: DataPlane {
    let plane: any DataPlane

    var name: String { plane.name }

    func apply(_ table: VirtualServerTable) async throws -> [String] { try await plane.apply(table) }

    func release() async throws { try await plane.flush() }

    func flush() async throws { try await plane.flush() }

    func setConnectionTimeouts(_ timeouts: ConnectionTimeouts) async throws -> [String] {
        try await plane.setConnectionTimeouts(timeouts)
    }
}
