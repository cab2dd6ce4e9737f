/// How `nft` is started: the executable and arguments placed before the command's own, e.g.
/// `ip netns exec NAME nft` to program another network namespace.
public struct NFTablesCommand: Hashable, Sendable {
    public var executable: String
    public var leadingArguments: [String]
    /// `ip` and its arguments before `-o -batch -`, to look up the interface of each DR real server in
    /// the same network namespace as `nft`.
    public var routeLookup: [String]

    public init(executable: String, leadingArguments: [String] = [], routeLookup: [String] = ["/usr/sbin/ip"]) {
        self.executable = executable
        self.leadingArguments = leadingArguments
        self.routeLookup = routeLookup
    }

    /// Debian's `nft` in the daemon's own namespace.
    public static let system = NFTablesCommand(executable: "/usr/sbin/nft")

    /// `nft` inside the named network namespace (`ip netns exec`).
    public static func inNamespace(_ name: String) -> NFTablesCommand {
        NFTablesCommand(
            executable: "/usr/sbin/ip", leadingArguments: ["netns", "exec", name, "/usr/sbin/nft"],
            routeLookup: ["/usr/sbin/ip", "-n", name])
    }
}
