import Foundation

/// Runs helper programs (`ip`, `curl`, `sysctl`) to completion and reports what they printed.
enum Command {
    struct Failure: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var output: String
        var description: String { "\(arguments.joined(separator: " ")) exited \(status): \(output)" }
    }

    /// Runs `arguments` (the first is looked up in PATH); throws unless it exits 0.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let (status, output) = try capture(arguments)
        guard status == 0 else { throw Failure(arguments: arguments, status: status, output: output) }
        return output
    }

    /// Runs `arguments` and returns its exit status and combined output, whatever the status.
    static func capture(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
