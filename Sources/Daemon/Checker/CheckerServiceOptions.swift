import LinuxPlatform
import LoadBalancer

/// How the checker service runs: Vigil settings, never keepalived.conf keywords.
public struct CheckerServiceOptions: Sendable {
    /// The command line's data plane choice; wins over `VIGIL_DATAPLANE`. nil = automatic.
    public var dataPlane: DataPlaneChoice?
    /// The raw `VIGIL_DATAPLANE` value, if set.
    public var environmentDataPlane: String?
    /// Table name, source NAT and hash seed of the nftables data plane.
    public var nftables: NFTablesRuleset.Options
    /// How `nft` is started (`ip netns exec NAME nft` for keepalived's `net_namespace` and tests).
    public var nftablesCommand: NFTablesCommand
    /// Seeds the checkers' start-up jitter; nil picks one at random.
    public var seed: UInt64?
    /// Remove the installed table when the service stops (keepalived does unless `-I`).
    public var releasesOnExit: Bool
    /// Wait before applying again after the data plane refused a table.
    public var applyRetryDelay: Duration

    public init(
        dataPlane: DataPlaneChoice? = nil, environment: [String: String] = [:],
        nftables: NFTablesRuleset.Options = NFTablesRuleset.Options(), nftablesCommand: NFTablesCommand = .system,
        seed: UInt64? = nil, releasesOnExit: Bool = true, applyRetryDelay: Duration = .seconds(5)
    ) {
        self.dataPlane = dataPlane
        environmentDataPlane = environment[DataPlaneChoice.environmentVariable]
        self.nftables = nftables
        self.nftablesCommand = nftablesCommand
        self.seed = seed
        self.releasesOnExit = releasesOnExit
        self.applyRetryDelay = applyRetryDelay
    }

    /// The operator's choice, where it came from, and an environment value that did not parse.
    public var requestedDataPlane: (choice: DataPlaneChoice?, source: String, invalid: String?) {
        if let dataPlane { return (dataPlane, "--dataplane \(dataPlane.rawValue)", nil) }
        guard let text = environmentDataPlane, !text.isEmpty else { return (nil, "automatic", nil) }
        let variable = DataPlaneChoice.environmentVariable
        guard let choice = DataPlaneChoice(parsing: text) else { return (nil, "automatic", "\(variable)=\(text)") }
        return (choice, "\(variable)=\(text)", nil)
    }
}
