import Foundation
import Glibc
import Synchronization

/// A throwaway namespace lab for the checker service: a client, a director holding the VIP
/// (statically: VRRP is tested elsewhere), and HTTP backends (`python3 -m http.server`, each serving
/// a `whoami` file that names it) behind the director on their own segments. Backends can be stopped
/// (SIGKILL, by PID) and started again. `tearDown()` removes every namespace and process; callers run
/// it in `defer`.
final class CheckerLab: Sendable {
    struct CommandFailed: Error, CustomStringConvertible {
        var command: [String]
        var status: Int32
        var output: String
        var description: String { "\(command.joined(separator: " ")) exited \(status): \(output)" }
    }

    struct Backend: Sendable {
        var name: String
        var namespace: String
        var address: String
        var directory: String
    }

    let prefix: String
    let client: String
    let director: String
    let vip = "10.202.0.100"
    let backends: [String: Backend]
    private let namespaces: Mutex<[String]> = Mutex([])
    private let servers: Mutex<[String: Process]> = Mutex([:])

    /// Builds the lab with one backend per name, on 10.202.N.2 behind the director's 10.202.N.1.
    init(backendNames: [String]) throws {
        let prefix = "vg" + String(UInt32.random(in: 0...0xffff), radix: 16)
        self.prefix = prefix
        client = prefix + "c"
        director = prefix + "d"
        var backends: [String: Backend] = [:]
        for (index, name) in backendNames.enumerated() {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(name)").path
            backends[name] = Backend(
                name: name, namespace: prefix + "b\(index + 1)", address: "10.202.\(index + 1).2", directory: directory)
        }
        self.backends = backends
        do {
            try build(order: backendNames)
        } catch {
            tearDown()
            throw error
        }
    }

    private func build(order: [String]) throws {
        try addNamespace(client)
        try addNamespace(director)
        try ip(director, "link", "add", "c0", "type", "veth", "peer", "name", "eth0", "netns", client)
        try ip(director, "addr", "add", "10.202.0.1/24", "dev", "c0")
        try ip(director, "addr", "add", "\(vip)/32", "dev", "c0")
        try ip(director, "link", "set", "c0", "up")
        try ip(client, "addr", "add", "10.202.0.2/24", "dev", "eth0")
        try ip(client, "link", "set", "eth0", "up")
        try Self.run(["/usr/sbin/ip", "netns", "exec", director, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        for (index, name) in order.enumerated() {
            guard let backend = backends[name] else { continue }
            try addSegment(backend, subnet: index + 1)
            try FileManager.default.createDirectory(atPath: backend.directory, withIntermediateDirectories: true)
            try name.write(toFile: backend.directory + "/whoami", atomically: true, encoding: .utf8)
        }
    }

    private func addSegment(_ backend: Backend, subnet: Int) throws {
        try addNamespace(backend.namespace)
        let link = "b\(subnet)"
        try ip(director, "link", "add", link, "type", "veth", "peer", "name", "eth0", "netns", backend.namespace)
        try ip(director, "addr", "add", "10.202.\(subnet).1/24", "dev", link)
        try ip(director, "link", "set", link, "up")
        try ip(backend.namespace, "addr", "add", "\(backend.address)/24", "dev", "eth0")
        try ip(backend.namespace, "link", "set", "eth0", "up")
        try ip(backend.namespace, "route", "add", "default", "via", "10.202.\(subnet).1")
    }

    /// Starts `name`'s HTTP server and waits until the director can fetch from it.
    func start(_ name: String) async throws {
        guard let backend = backends[name] else { return }
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        server.arguments = [
            "netns", "exec", backend.namespace, "/usr/bin/python3", "-m", "http.server", "8080", "--bind",
            backend.address, "--directory", backend.directory,
        ]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        servers.withLock { $0[name] = server }
        let answered = try await waitUntil(deadline: .seconds(15)) {
            await self.fetch(from: self.director, url: "http://\(backend.address):8080/whoami") == name
        }
        guard answered else { throw CommandFailed(command: ["start", name], status: -1, output: "never answered") }
    }

    /// Kills `name`'s HTTP server by PID (SIGKILL: Foundation's children inherit a mask blocking SIGTERM).
    func stop(_ name: String) {
        guard let server = servers.withLock({ $0.removeValue(forKey: name) }) else { return }
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
    }

    /// Stops every server, deletes the namespaces (and with them every veth) and the files.
    func tearDown() {
        for name in servers.withLock({ Array($0.keys) }) { stop(name) }
        for namespace in namespaces.withLock({ $0.reversed() }) {
            _ = try? Self.run(["/usr/sbin/ip", "netns", "del", namespace])
        }
        namespaces.withLock { $0 = [] }
        for backend in backends.values { try? FileManager.default.removeItem(atPath: backend.directory) }
    }

    /// One HTTP GET from the client to the VIP: the backend's name, or nil when the request failed.
    func requestVIP() async -> String? {
        await fetch(from: client, url: "http://\(vip)/whoami")
    }

    func requestVIP(times count: Int) async -> [String?] {
        var answers: [String?] = []
        for _ in 0..<count { answers.append(await requestVIP()) }
        return answers
    }

    /// `nft list table inet vigil` in the director, or nil when there is no such table.
    func listTable() async -> String? {
        try? await Self.output([
            "/usr/sbin/ip", "netns", "exec", director, "/usr/sbin/nft", "list", "table", "inet", "vigil",
        ])
    }

    func fetch(from namespace: String, url: String) async -> String? {
        try? await Self.output(["/usr/sbin/ip", "netns", "exec", namespace, "/usr/bin/curl", "-s", "-m", "1", url])
    }

    /// Re-checks `condition` every 20 ms until it holds or `deadline` passes.
    func waitUntil(deadline: Duration, _ condition: () async -> Bool) async throws -> Bool {
        let end = ContinuousClock.now + deadline
        while !(await condition()) {
            guard ContinuousClock.now < end else { return false }
            try await Task.sleep(for: .milliseconds(20))
        }
        return true
    }

    private func addNamespace(_ name: String) throws {
        try Self.run(["/usr/sbin/ip", "netns", "add", name])
        namespaces.withLock { $0.append(name) }
        try ip(name, "link", "set", "lo", "up")
    }

    private func ip(_ namespace: String, _ arguments: String...) throws {
        try Self.run(["/usr/sbin/ip", "-n", namespace] + arguments)
    }

    /// Runs a command to completion on the calling thread (set-up and tear-down only).
    @discardableResult
    private static func run(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw CommandFailed(command: command, status: process.terminationStatus, output: output)
        }
        return output
    }

    /// Runs a command without blocking a thread of the concurrency pool; its output must fit a pipe.
    private static func output(_ command: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        guard status == 0 else { throw CommandFailed(command: command, status: status, output: text) }
        return text
    }
}
