/// The notify scripts of an instance or sync group (Docs/Keepalived.md §6.3).
public struct NotificationScripts: Hashable, Sendable {
    public var master: ScriptLine?
    public var backup: ScriptLine?
    public var fault: ScriptLine?
    public var stop: ScriptLine?
    /// `notify_deleted`; without it a deleted instance reports FAULT.
    public var deleted: ScriptLine?
    /// The generic `notify`: gets `INSTANCE|GROUP name STATE priority` appended.
    public var generic: ScriptLine?
    /// `notify_master_rx_lower_pri`.
    public var masterReceivedLowerPriority: ScriptLine?

    public init(
        master: ScriptLine? = nil, backup: ScriptLine? = nil, fault: ScriptLine? = nil,
        stop: ScriptLine? = nil, deleted: ScriptLine? = nil, generic: ScriptLine? = nil,
        masterReceivedLowerPriority: ScriptLine? = nil
    ) {
        self.master = master
        self.backup = backup
        self.fault = fault
        self.stop = stop
        self.deleted = deleted
        self.generic = generic
        self.masterReceivedLowerPriority = masterReceivedLowerPriority
    }

    public static let none = NotificationScripts()
}
