/// The IPVS settings of `global_defs`.
public struct GlobalLVSSettings: Hashable, Sendable {
    /// `lvs_timeouts tcp S`.
    public var tcpTimeout: Duration?
    /// `lvs_timeouts tcpfin S`.
    public var tcpFinTimeout: Duration?
    /// `lvs_timeouts udp S`.
    public var udpTimeout: Duration?
    /// `lvs_flush`: flush all IPVS services at start.
    public var flushAtStart: Bool
    /// `lvs_flush_on_stop [VS]`.
    public var flushOnStop: FlushOnStop
    /// `rs_init_notifies`: run real-server notifications for the initial state.
    public var realServerInitialNotifies: Bool
    /// `lvs_sync_daemon`: the IPVS connection-sync daemon; nil when not configured.
    public var syncDaemon: LVSSyncDaemon?

    /// What `lvs_flush_on_stop` removes.
    public enum FlushOnStop: String, Hashable, Sendable, CaseIterable {
        /// Remove only what vigil added (the default).
        case none
        /// Flush the whole IPVS table.
        case all
        /// Remove only the configured virtual servers (`lvs_flush_on_stop VS`).
        case virtualServers = "VS"
    }

    public init() {
        flushAtStart = false
        flushOnStop = .none
        realServerInitialNotifies = false
    }
}
