import LoadBalancer

/// Where the checker engine's desired virtual-server table goes: IPVS, nftables, or nowhere.
public protocol DataPlane: Sendable {
    /// `IPVS`, `nftables` or `none`, for log lines and the data dump.
    var name: String { get }
    /// Makes the kernel hold `table` (the services this daemon owns); returns lines worth logging
    /// about what this data plane cannot express.
    func apply(_ table: VirtualServerTable) async throws -> [String]
    /// Removes everything this daemon installed (shutdown, as keepalived does without `-I`).
    func release() async throws
    /// Removes every virtual server of the kind this data plane drives, this daemon's or not:
    /// keepalived's `lvs_flush` at start and `lvs_flush_on_stop` at stop (the whole IPVS table).
    func flush() async throws
    /// Sets the kernel's connection timeouts (keepalived's `lvs_timeouts`); returns what this data
    /// plane cannot set, worded for the log.
    func setConnectionTimeouts(_ timeouts: ConnectionTimeouts) async throws -> [String]
}

extension DataPlane {
    /// A data plane whose tables are all this daemon's (nftables, none) flushes by releasing them.
    public func flush() async throws { try await release() }

    /// A data plane without connection timeouts of its own (nftables, none) says so.
    public func setConnectionTimeouts(_ timeouts: ConnectionTimeouts) async throws -> [String] {
        timeouts.isEmpty
            ? [] : ["lvs_timeouts: not supported on the \(name) data plane; connections keep the kernel's timeouts"]
    }
}
