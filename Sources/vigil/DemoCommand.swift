import ArgumentParser
import Daemon
import VigilLab
import Glibc

/// `vigil demo`: the self-contained failover demo in network namespaces (needs root).
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Two Vigil nodes, two web servers and a client in namespaces: kill the master, watch the VIP move.")

    func run() throws {
        let status = DemoRunner(vigilExecutable: Self.ownExecutable()).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// This binary's absolute path, so the demo starts the same build as its nodes.
    static func ownExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
