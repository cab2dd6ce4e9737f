/// A script the configuration would run, with what runs it: the input of script-security audits.
public struct ScriptUse: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        /// A `vrrp_script` tracked by an instance or sync group.
        case trackScript
        /// A notify, FIFO reader, quorum or startup/shutdown script.
        case notify
        /// A `MISC_CHECK` script.
        case checker
    }

    public var command: ScriptCommand
    public var role: Role
    /// The user it runs as when one is configured for it (else `script_user`, else keepalived's default).
    public var user: String?

    public init(command: ScriptCommand, role: Role, user: String?) {
        self.command = command
        self.role = role
        self.user = user
    }
}

extension KeepalivedConfiguration {
    /// Every script keepalived would run with this configuration (tracked vrrp_scripts only).
    public var scriptUses: [ScriptUse] {
        var uses: [ScriptUse] = []
        let tracked = Set(
            vrrpInstances.flatMap { $0.tracking.scripts.map(\.name) }
                + vrrpSyncGroups.flatMap { $0.trackedScripts.map(\.name) })
        for script in vrrpScripts where tracked.contains(script.name) {
            uses.append(ScriptUse(command: script.script, role: .trackScript, user: script.user))
        }
        let globals = globalDefinitions
        let globalScripts = [
            globals.scripts.startupScript, globals.scripts.shutdownScript, globals.fifos.all?.script,
            globals.fifos.vrrp?.script, globals.fifos.lvs?.script,
        ]
        let notifies =
            globalScripts.compactMap { $0 } + vrrpInstances.flatMap(\.notify.all)
            + vrrpSyncGroups.flatMap(\.notify.all)
            + virtualServers.flatMap { [$0.quorumUp, $0.quorumDown].compactMap { $0 } }
            + virtualServers.flatMap(\.realServers).flatMap { [$0.notifyUp, $0.notifyDown].compactMap { $0 } }
        uses += notifies.map { ScriptUse(command: $0, role: .notify, user: $0.user) }
        for checker in virtualServers.flatMap(\.realServers).flatMap(\.checkers) {
            if case .misc(let misc) = checker.kind {
                uses.append(ScriptUse(command: misc.script, role: .checker, user: misc.user))
            }
        }
        return uses
    }
}
