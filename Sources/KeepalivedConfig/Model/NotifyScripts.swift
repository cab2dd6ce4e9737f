/// The scripts run on state changes of an instance or sync group (Docs/Keepalived.md §6.3).
public struct NotifyScripts: Hashable, Sendable {
    /// `notify_master`.
    public var master: ScriptCommand?
    /// `notify_backup`.
    public var backup: ScriptCommand?
    /// `notify_fault`.
    public var fault: ScriptCommand?
    /// `notify_stop`.
    public var stop: ScriptCommand?
    /// `notify_deleted` with a script (instances only).
    public var deleted: ScriptCommand?
    /// True when `notify_deleted` was written: a removed instance reports DELETED instead of FAULT.
    public var reportsDeleted: Bool
    /// `notify_master_rx_lower_pri` (instances only).
    public var masterReceivedLowerPriority: ScriptCommand?
    /// `notify`: run on every transition with `INSTANCE|GROUP name STATE priority` appended.
    public var generic: ScriptCommand?

    public init() {
        reportsDeleted = false
    }

    /// Every script set, for audits such as script security.
    public var all: [ScriptCommand] {
        [master, backup, fault, stop, deleted, masterReceivedLowerPriority, generic].compactMap { $0 }
    }
}
