import Foundation
import Glibc
import VigilLab

/// `python3 -m http.server` in a namespace, answering `GET /` with `body`; `stop()` ends it by PID
/// with SIGKILL and removes its directory.
final class HTTPBackend: Sendable {
    let process: LabProcess
    let directory: URL

    init(namespace: String, address: String, port: Int, body: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("vg-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(body.utf8).write(to: directory.appendingPathComponent("index.html"))
        process = try LabShell().start(
            [
                "ip", "netns", "exec", namespace, "python3", "-m", "http.server", "\(port)", "--bind", address,
                "--directory", directory.path,
            ], logPath: "/dev/null")
        let listening = try Deadline.poll(timeout: .seconds(60)) { () throws -> Bool? in
            try LabShell.run("ip", "netns", "exec", namespace, "ss", "-Hltn").contains("\(address):\(port)") ? true : nil
        }
        guard listening == true else {
            stop()
            throw NotListening()
        }
    }

    struct NotListening: Error {}

    func stop() {
        process.signal(SIGKILL)
        process.waitForExit(timeout: .seconds(5))
        try? FileManager.default.removeItem(at: directory)
    }
}
