import Foundation

/// `python3 -m http.server` on 127.0.0.1 with an ephemeral port, serving `directory`.
final class PythonHTTPServer: Sendable {
    let port: Int
    private let process: Process

    init(directory: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The first line names the port: "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ...".
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard let index = words.firstIndex(of: "port"), index + 1 < words.count, let port = Int(words[index + 1]) else {
            kill(process.processIdentifier, SIGKILL)
            throw PythonServerError.noPort(String(decoding: line, as: UTF8.self))
        }
        self.port = port
    }

    /// SIGKILL: the test runner's threads block SIGTERM, and Process passes that mask on.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

enum PythonServerError: Error {
    case noPort(String)
}
