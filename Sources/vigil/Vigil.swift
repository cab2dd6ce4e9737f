import ArgumentParser

/// The `vigil` command. Without a subcommand it behaves like `keepalived` (same flags), so existing
/// service files and scripts keep working; `vigil check` is the friendlier configuration test.
@main
struct Vigil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "A VRRP and IPVS load-balancer daemon that reads keepalived.conf.",
        subcommands: [RunCommand.self, CheckCommand.self, StatusCommand.self, CtlCommand.self, DemoCommand.self],
        defaultSubcommand: RunCommand.self)

    /// Rewrites keepalived's optional-value `--config-test=FILE` into what ArgumentParser can read, then runs.
    static func main() {
        let arguments = KeepalivedArguments.normalize(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
