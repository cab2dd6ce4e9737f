/// Which of the kernel's two IPVS connection-sync daemons: the master sends the director's
/// connections, the backup receives a master's into its own table.
public enum SyncDaemonRole: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case master
    case backup

    public var description: String { rawValue }
}
