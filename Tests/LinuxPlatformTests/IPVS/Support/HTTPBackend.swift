import Foundation
import Glibc

/// `python3 -m http.server` in a namespace, answering `GET /` with `body`; `stop()` ends it by PID
/// with SIGKILL (children spawned from the test's worker threads inherit a mask that blocks SIGTERM).
final class HTTPBackend: @unchecked Sendable {
    let process = Process()
    let directory: URL

    init(namespace: String, address: String, port: Int, body: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vg-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(body.utf8).write(to: directory.appendingPathComponent("index.html"))
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        process.arguments = [
            "netns", "exec", namespace, "/usr/bin/python3", "-m", "http.server", "\(port)", "--bind", address,
            "--directory", directory.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let listening = try Deadline.poll(timeout: .seconds(60)) { () throws -> Bool? in
            try Shell.run("ip", "netns", "exec", namespace, "ss", "-Hltn").contains("\(address):\(port)") ? true : nil
        }
        guard listening == true else {
            stop()
            throw NotListening()
        }
    }

    struct NotListening: Error {}

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
