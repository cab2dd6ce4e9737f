import Foundation
import Glibc

/// One process started in a namespace with `ip netns exec NS ...`; it leads its own
/// process group; signalled by PID (or by its own group for keepalived's children), never by name.
final class LabProcess {
    let pid: Int32
    let logPath: String
    private let process: Process

    init(namespace: String, arguments: [String], logPath: String) throws {
        self.logPath = logPath
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        // Foundation starts the child as the leader of its own process group, so `kill(-pid)`
        // reaches keepalived's children too (a `setsid` here would fork and lose the pid).
        process.arguments = ["netns", "exec", namespace] + arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        pid = process.processIdentifier
        guard getpgid(pid) == pid else {
            process.terminate()
            throw NotAGroupLeader(pid: pid)
        }
    }

    struct NotAGroupLeader: Error {
        var pid: Int32
    }

    var isRunning: Bool { process.isRunning }

    /// Sends `signal` to the process itself.
    func signal(_ signal: Int32) { kill(pid, signal) }

    /// Sends `signal` to the whole process group (the process and its children).
    func signalGroup(_ signal: Int32) { kill(-pid, signal) }

    /// SIGKILL to the group; true once it is gone.
    @discardableResult
    func crash() async -> Bool {
        signalGroup(SIGKILL)
        return await waitForExit(within: .seconds(5))
    }

    /// TERM, up to 5 s to exit, then KILL to its whole group.
    func stop() {
        guard process.isRunning else { return }
        signal(SIGTERM)
        if !Eventually.holdsBlocking(within: .seconds(5), { !process.isRunning }) { signalGroup(SIGKILL) }
        _ = Eventually.holdsBlocking(within: .seconds(5)) { !process.isRunning }
    }

    /// Waits for the process to exit; true when it did within `timeout`.
    func waitForExit(within timeout: Duration) async -> Bool {
        await Eventually.holds(within: timeout) { !process.isRunning }
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }
}
