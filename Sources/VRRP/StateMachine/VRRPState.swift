/// The protocol states of a VRRP instance (RFC 5798 section 6.4), with keepalived's FAULT.
public enum VRRPState: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Not started yet, or stopped after shutdown (RFC 5798 section 6.4.1).
    case initialize
    /// Monitoring the master (RFC 5798 section 6.4.2).
    case backup
    /// Forwarding for the virtual addresses (RFC 5798 section 6.4.3).
    case master
    /// keepalived's FAULT: a tracked object failed; nothing is sent and adverts are ignored.
    case fault

    /// The upper-case word keepalived logs and passes to notify scripts.
    public var description: String {
        switch self {
        case .initialize: "INIT"
        case .backup: "BACKUP"
        case .master: "MASTER"
        case .fault: "FAULT"
        }
    }
}

/// The state an instance wishes to start in (keepalived `state MASTER|BACKUP`).
public enum VRRPInitialState: Hashable, Sendable {
    case master
    case backup
}

/// The state word passed to notify scripts and FIFOs (keepalived adds STOP and DELETED).
public enum VRRPNotifyState: Hashable, Sendable, CustomStringConvertible {
    case master
    case backup
    case fault
    case stop
    case deleted

    public var description: String {
        switch self {
        case .master: "MASTER"
        case .backup: "BACKUP"
        case .fault: "FAULT"
        case .stop: "STOP"
        case .deleted: "DELETED"
        }
    }
}
