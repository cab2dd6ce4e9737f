import LoadBalancer

/// The nftables data plane: renders the desired virtual-server table (`NFTablesRuleset`) and replaces
/// the daemon's tables with it in one `nft -f -` transaction: `inet` for NAT, `netdev` for DR. It
/// holds no state: every apply installs the whole desired table; what it observes first is the
/// interface of each DR real server and the clients persistent DR services remember, which the new
/// table carries over (Docs/Modules/LoadBalancer.md).
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
        let ruleset = NFTablesRuleset.render(table, options: options, directRouting: try directRouting(for: table))
        try run(["-f", "-"], script: ruleset.script)
        return ruleset
    }

    /// Asks `nft` to check `table`'s script against the kernel without committing it (`nft -c`).
    public func check(_ table: VirtualServerTable) throws(NFTablesError) {
        let ruleset = NFTablesRuleset.render(table, options: options, directRouting: try directRouting(for: table))
        try run(["-c", "-f", "-"], script: ruleset.script)
    }

    /// Deletes the daemon's tables, if they exist.
    public func removeTable() throws(NFTablesError) {
        try run(["-f", "-"], script: NFTablesRuleset.removalWithDirectRouting(tableName: options.tableName))
    }

    /// The DR table as the kernel holds it (`nft list table netdev NAME`), nil when there is none.
    public func listDirectRoutingTable() -> String? {
        try? run(["list", "table", "netdev", options.tableName], script: "")
    }

    /// The interface of each DR real server (`ip -o -batch -` with one `route get` a line) and, for
    /// persistent DR services, the clients the installed table remembers.
    private func directRouting(for table: VirtualServerTable) throws(NFTablesError) -> NFTablesDirectRouting {
        let realServers = NFTablesDirectRouting.realServers(in: table)
        guard !realServers.isEmpty, let ip = command.routeLookup.first else { return NFTablesDirectRouting() }
        let lookups = realServers.map { "route get \($0)\n" }.joined()
        let output = try NFTablesProcess.run(
            executable: ip, arguments: Array(command.routeLookup.dropFirst()) + ["-o", "-force", "-batch", "-"],
            input: Array(lookups.utf8), timeout: timeout)
        let devices = NFTablesDirectRouting.devices(
            fromRouteLookups: String(decoding: output.standardOutput, as: UTF8.self))
        guard NFTablesDirectRouting.remembersClients(table), let listing = listDirectRoutingTable() else {
            return NFTablesDirectRouting(devices: devices)
        }
        return NFTablesDirectRouting(
            devices: devices, persisted: NFTablesDirectRouting.persistedClients(fromListing: listing))
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
