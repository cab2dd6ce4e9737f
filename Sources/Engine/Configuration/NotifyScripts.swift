/// One configured script line: the command with its own arguments, and the user it runs as.
public struct ScriptCommand: Hashable, Sendable {
    public var arguments: [String]
    /// The line's own `user [group]`; nil uses the daemon-wide default.
    public var user: ScriptUser?

    public init(arguments: [String], user: ScriptUser? = nil) {
        self.arguments = arguments
        self.user = user
    }
}

/// The notify scripts of an instance or sync group (keepalived-behaviour 6.3).
public struct NotifyScripts: Hashable, Sendable {
    public var master: ScriptCommand?
    public var backup: ScriptCommand?
    public var fault: ScriptCommand?
    public var stop: ScriptCommand?
    /// `notify_deleted`; without it a deleted instance reports FAULT.
    public var deleted: ScriptCommand?
    /// The generic `notify`: gets `INSTANCE|GROUP name STATE priority` appended.
    public var generic: ScriptCommand?
    /// `notify_master_rx_lower_pri`.
    public var masterReceivedLowerPriority: ScriptCommand?

    public init(
        master: ScriptCommand? = nil, backup: ScriptCommand? = nil, fault: ScriptCommand? = nil,
        stop: ScriptCommand? = nil, deleted: ScriptCommand? = nil, generic: ScriptCommand? = nil,
        masterReceivedLowerPriority: ScriptCommand? = nil
    ) {
        self.master = master
        self.backup = backup
        self.fault = fault
        self.stop = stop
        self.deleted = deleted
        self.generic = generic
        self.masterReceivedLowerPriority = masterReceivedLowerPriority
    }

    public static let none = NotifyScripts()
}
