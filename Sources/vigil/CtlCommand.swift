import ArgumentParser
import Daemon
import Glibc

/// `vigil ctl`: changes the running daemon's state over its status socket (root only; each request
/// is logged by the daemon with the asker's uid and pid).
struct CtlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctl",
        abstract: "Drain a real server, put a VRRP instance in maintenance, or reload the running daemon.",
        discussion: "Exit status: 0 done, 1 refused or no daemon answers.",
        subcommands: [Drain.self, Undrain.self, Maintenance.self, Resume.self, Reload.self])

    /// The options every `ctl` subcommand shares.
    struct Connection: ParsableArguments {
        @Option(help: "The daemon's status socket.")
        var socket = StatusServerOptions.defaultSocketPath

        @Option(help: "Seconds to wait for the daemon.")
        var timeout = 5.0

        func send(_ command: ControlCommand) throws {
            let client = StatusClient(socketPath: socket, timeout: .milliseconds(Int64(max(0.1, timeout) * 1000)))
            do {
                print(try client.controlBlocking(command), terminator: "")
            } catch {
                ConfigTestReport.writeAll(Array("vigil ctl: \(error)\n".utf8), to: STDERR_FILENO)
                throw ExitCode(1)
            }
        }
    }

    /// `VIP:PORT RS:PORT`.
    struct RealServerArguments: ParsableArguments {
        @Argument(help: "The virtual server, VIP:PORT ([IPv6]:PORT).")
        var virtualServer: String

        @Argument(help: "The real server, RS:PORT ([IPv6]:PORT).")
        var realServer: String

        func command(drained: Bool) throws -> ControlCommand {
            guard let command = ControlCommand.drain(virtualServer: virtualServer, realServer: realServer, drained: drained)
            else { throw ValidationError("expected VIP:PORT RS:PORT, e.g. 10.0.0.100:80 192.168.1.10:80") }
            return command
        }
    }

    struct Drain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Weight 0 for a real server while its established connections finish, until undrain.")
        @OptionGroup var server: RealServerArguments
        @OptionGroup var connection: Connection
        func run() throws { try connection.send(try server.command(drained: true)) }
    }

    struct Undrain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a drained real server its weight back.")
        @OptionGroup var server: RealServerArguments
        @OptionGroup var connection: Connection
        func run() throws { try connection.send(try server.command(drained: false)) }
    }

    struct Maintenance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hand a VRRP instance's mastership over and keep it BACKUP until resume.")
        @Argument(help: "The vrrp_instance name.") var instance: String
        @OptionGroup var connection: Connection
        func run() throws { try connection.send(.maintenance(instance: instance)) }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let an instance in maintenance take part in elections again.")
        @Argument(help: "The vrrp_instance name.") var instance: String
        @OptionGroup var connection: Connection
        func run() throws { try connection.send(.resume(instance: instance)) }
    }

    struct Reload: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-read the configuration, as SIGHUP does.")
        @OptionGroup var connection: Connection
        func run() throws { try connection.send(.reload) }
    }
}
