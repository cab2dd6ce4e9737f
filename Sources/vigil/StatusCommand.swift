import ArgumentParser
import Daemon
import Glibc

/// `vigil status`: asks the running daemon over its Unix socket and prints the instances and the
/// virtual servers as a table, or the raw JSON document with `--json`.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the running daemon's VRRP instances and virtual servers.",
        discussion: "Exit status: 0 shown, 1 no daemon answers (or it answered an error).")

    @Option(help: "The daemon's status socket.")
    var socket = StatusServerOptions.defaultSocketPath

    @Flag(help: "Print the status document as JSON.")
    var json = false

    @Option(help: "Seconds to wait for the daemon.")
    var timeout = 5.0

    @Flag(help: "Stream the transitions of instances, sync groups, real servers and quorums as they happen, until interrupted.")
    var watch = false

    func run() throws {
        let client = StatusClient(socketPath: socket, timeout: .milliseconds(Int64(max(0.1, timeout) * 1000)))
        do {
            if watch {
                // Written straight to the descriptor, so a pipe sees each line as it happens.
                try client.watchBlocking { line in ConfigTestReport.writeAll(Array((line + "\n").utf8), to: STDOUT_FILENO) }
                return
            }
            let body = try client.getBlocking("/status")
            if json {
                ConfigTestReport.writeAll(body, to: STDOUT_FILENO)
                if body.last != UInt8(ascii: "\n") { print() }
            } else {
                print(StatusTable.render(try StatusClient.decode(body)), terminator: "")
            }
        } catch {
            ConfigTestReport.writeAll(Array("vigil status: \(error)\n".utf8), to: STDERR_FILENO)
            throw ExitCode(1)
        }
    }
}
