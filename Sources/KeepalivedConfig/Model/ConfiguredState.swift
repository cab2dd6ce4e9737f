/// The state an instance wishes to start in (`state MASTER|BACKUP`); only a priority-255 owner
/// actually starts as master (Docs/Keepalived.md §7.4).
public enum ConfiguredState: String, Hashable, Sendable, CaseIterable {
    case master = "MASTER"
    case backup = "BACKUP"
}
