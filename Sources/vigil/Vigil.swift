import ArgumentParser

/// The `vigil` command. Without a subcommand it behaves like `keepalived` (same flags), so existing
/// service files and scripts keep working; `vigil check` is the friendlier configuration test.
@main
struct Vigil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "A VRRP and IPVS load-balancer daemon that reads keepalived.conf.",
        subcommands: [RunCommand.self, CheckCommand.self, StatusCommand.self, CtlCommand.self, DemoCommand.self, PlanCommand.self],
        defaultSubcommand: RunCommand.self)

    /// Rewrites keepalived's getopt forms (`--config-test=FILE`, `-S0`) into what ArgumentParser can read,
    /// then runs; a usage error exits 1, as keepalived's does.
    static func main() {
        let arguments = KeepalivedArguments.normalize(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // keepalived exits 1 on an unknown option or a missing value; ArgumentParser would exit 64.
            guard exitCode(for: error).rawValue == 64 else { exit(withError: error) }
            RunCommand.complain(fullMessage(for: error))
            exit(withError: ExitCode(1))
        }
    }
}
