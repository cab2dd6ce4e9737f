/// The notify scripts of an instance or sync group (Docs/Keepalived.md §6.3).
public struct NotificationScripts: Hashable, Sendable {
    public var master: ScriptLine?
    public var backup: ScriptLine?
    public var fault: ScriptLine?
    public var stop: ScriptLine?
    /// `notify_deleted`'s script; without the keyword a deleted instance reports FAULT.
    public var deleted: ScriptLine?
    /// `notify_deleted` was written (with a script or without): a deleted instance reports DELETED,
    /// not FAULT, to the generic `notify` and the FIFO, and runs `deleted` (not the FAULT script).
    public var notifyDeleted: Bool
    /// The generic `notify`: gets `INSTANCE|GROUP name STATE priority` appended.
    public var generic: ScriptLine?
    /// `notify_master_rx_lower_pri`.
    public var masterReceivedLowerPriority: ScriptLine?

    public init(
        master: ScriptLine? = nil, backup: ScriptLine? = nil, fault: ScriptLine? = nil,
        stop: ScriptLine? = nil, deleted: ScriptLine? = nil, generic: ScriptLine? = nil,
        masterReceivedLowerPriority: ScriptLine? = nil, notifyDeleted: Bool = false
    ) {
        self.master = master
        self.backup = backup
        self.fault = fault
        self.stop = stop
        self.deleted = deleted
        self.generic = generic
        self.masterReceivedLowerPriority = masterReceivedLowerPriority
        self.notifyDeleted = notifyDeleted
    }

    /// Whether a deleted instance reports DELETED: `notify_deleted` was written, or a script for it given.
    public var reportsDeleted: Bool { notifyDeleted || deleted != nil }

    public static let none = NotificationScripts()
}
