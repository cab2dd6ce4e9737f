import LoadBalancer

/// The nftables data plane: renders the desired virtual-server table (`NFTablesRuleset`) and replaces
/// the daemon's table with it in one `nft -f -` transaction. It holds no state: every apply installs
/// the whole desired table, so there is no observed state to diff against (Docs/Modules/LoadBalancer.md).
public struct NFTablesDataPlane: Sendable {
    public var options: NFTablesRuleset.Options
    public var command: NFTablesCommand
    /// How long one `nft` run may take before it is killed.
    public var timeout: Duration

    public init(
        options: NFTablesRuleset.Options = NFTablesRuleset.Options(), command: NFTablesCommand = .system,
        timeout: Duration = .seconds(5)
    ) {
        self.options = options
        self.command = command
        self.timeout = timeout
    }

    /// Installs `table`; returns the ruleset applied, whose `omissions` list what nftables cannot do.
    @discardableResult
    public func apply(_ table: VirtualServerTable) throws(NFTablesError) -> NFTablesRuleset {
        let ruleset = NFTablesRuleset.render(table, options: options)
        try run(["-f", "-"], script: ruleset.script)
        return ruleset
    }

    /// Asks `nft` to check `table`'s script against the kernel without committing it (`nft -c`).
    public func check(_ table: VirtualServerTable) throws(NFTablesError) {
        try run(["-c", "-f", "-"], script: NFTablesRuleset.render(table, options: options).script)
    }

    /// Deletes the daemon's table, if it exists.
    public func removeTable() throws(NFTablesError) {
        try run(["-f", "-"], script: NFTablesRuleset.removal(tableName: options.tableName))
    }

    /// The table as the kernel holds it, in `nft list` syntax, for status output and tests.
    public func listTable() throws(NFTablesError) -> String {
        try run(["list", "table", "inet", options.tableName], script: "")
    }

    @discardableResult
    private func run(_ arguments: [String], script: String) throws(NFTablesError) -> String {
        let output = try NFTablesProcess.run(
            executable: command.executable, arguments: command.leadingArguments + arguments,
            input: Array(script.utf8), timeout: timeout)
        guard output.exitStatus == 0 else {
            throw .rejected(
                exitStatus: output.exitStatus, message: String(decoding: output.standardError, as: UTF8.self))
        }
        return String(decoding: output.standardOutput, as: UTF8.self)
    }
}
