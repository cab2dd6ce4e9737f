import Foundation

/// Runs the commands a namespace lab needs (`ip`, `ip netns exec …`) and remembers every process it
/// started in the background, so the lab can end exactly those, by PID.
public final class LabShell: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var command: [String]
        public var status: Int32
        public var output: String
        public var description: String { "`\(command.joined(separator: " "))` exited \(status): \(output)" }
    }

    private let lock = NSLock()
    private var background: [Process] = []

    public init() {}

    /// Runs a command to completion and returns its combined output; throws on a non-zero exit.
    @discardableResult
    public func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        let (status, output) = try runStatus(arguments)
        if status != 0 && !allowFailure { throw Failure(command: arguments, status: status, output: output) }
        return output
    }

    /// Runs a command to completion and returns its exit status and combined output.
    public func runStatus(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.resolve(arguments[0]))
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Starts a command in the background with its output appended to `logPath`; returns its PID.
    @discardableResult
    public func start(_ arguments: [String], logPath: String) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Self.resolve(arguments[0]))
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
        lock.withLock { background.append(process) }
        return process.processIdentifier
    }

    /// Sends `signal` to one process this shell started and, for SIGKILL/SIGTERM, waits for it to end.
    public func signal(_ pid: Int32, _ signal: Int32, wait: Bool = true) {
        let process = lock.withLock { background.first { $0.processIdentifier == pid } }
        guard let process, process.isRunning else { return }
        kill(pid, signal)
        if wait {
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(pid, SIGKILL); process.waitUntilExit() }
        }
    }

    /// Ends every background process this shell started that is still running: TERM, then KILL.
    public func stopAll() {
        let running = lock.withLock { background.filter(\.isRunning) }
        for p in running { kill(p.processIdentifier, SIGTERM) }
        let deadline = Date().addingTimeInterval(3)
        for p in running {
            while p.isRunning && Date() < deadline { usleep(10_000) }
            if p.isRunning { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }
        }
    }

    static func resolve(_ command: String) throws -> String {
        if command.hasPrefix("/") { return command }
        for dir in ["/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin", "/usr/local/sbin"] {
            let path = dir + "/" + command
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(command: [command], status: 127, output: "\(command): not found")
    }
}
