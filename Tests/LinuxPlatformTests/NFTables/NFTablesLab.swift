import Foundation
import LinuxPlatform

/// A throwaway network-namespace lab for the nftables data plane: a client, a director holding the VIP,
/// and HTTP backends (`python3 -m http.server`, each serving a file that names it) behind the director.
/// Every namespace and process it makes is removed by `tearDown()`, which callers run in `defer`.
final class NFTablesLab {
    struct CommandFailed: Error, CustomStringConvertible {
        var command: [String]
        var status: Int32
        var output: String
        var description: String { "\(command.joined(separator: " ")) exited \(status): \(output)" }
    }

    /// One HTTP backend: its namespace, address, and the name it answers with.
    struct Backend {
        var name: String
        var namespace: String
        var address: String
        var port: UInt16 = 8080
    }

    let prefix: String
    let client: String
    let director: String
    let vip = "10.201.0.100"
    private(set) var backends: [Backend] = []
    private var namespaces: [String] = []
    private var servers: [Process] = []
    private var directories: [URL] = []

    /// Builds the lab; with `routeBack` false the backends have no route to the client, so only
    /// masquerading brings replies back.
    init(backendNames: [String], routeBack: Bool = true) throws {
        prefix = "vg" + String(UInt32.random(in: 0...0xffff), radix: 16)
        client = prefix + "c"
        director = prefix + "d"
        do {
            try build(backendNames: backendNames, routeBack: routeBack)
        } catch {
            tearDown()
            throw error
        }
    }

    var dataPlaneCommand: NFTablesCommand { .inNamespace(director) }

    private func build(backendNames: [String], routeBack: Bool) throws {
        try addNamespace(client)
        try addNamespace(director)
        try ip(director, "link", "add", "c0", "type", "veth", "peer", "name", "eth0", "netns", client)
        try ip(director, "addr", "add", "10.201.0.1/24", "dev", "c0")
        try ip(director, "addr", "add", "\(vip)/32", "dev", "c0")
        try ip(director, "link", "set", "c0", "up")
        try ip(client, "addr", "add", "10.201.0.2/24", "dev", "eth0")
        try ip(client, "link", "set", "eth0", "up")
        try run(["/usr/sbin/ip", "netns", "exec", director, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        for (index, name) in backendNames.enumerated() {
            try addBackend(name, subnet: index + 1, routeBack: routeBack)
        }
        for backend in backends { try startServer(backend) }
        for backend in backends {
            try waitUntil("backend \(backend.name) answers", deadline: .seconds(15)) {
                self.fetch(from: self.director, url: "http://\(backend.address):\(backend.port)/whoami") == backend.name
            }
        }
    }

    private func addBackend(_ name: String, subnet: Int, routeBack: Bool) throws {
        let namespace = prefix + "b\(subnet)"
        try addNamespace(namespace)
        let link = "b\(subnet)"
        try ip(director, "link", "add", link, "type", "veth", "peer", "name", "eth0", "netns", namespace)
        try ip(director, "addr", "add", "10.201.\(subnet).1/24", "dev", link)
        try ip(director, "link", "set", link, "up")
        try ip(namespace, "addr", "add", "10.201.\(subnet).2/24", "dev", "eth0")
        try ip(namespace, "link", "set", "eth0", "up")
        try ip(namespace, "link", "set", "lo", "up")
        if routeBack { try ip(namespace, "route", "add", "default", "via", "10.201.\(subnet).1") }
        backends.append(Backend(name: name, namespace: namespace, address: "10.201.\(subnet).2"))
    }

    private func startServer(_ backend: Backend) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(backend.name)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        directories.append(directory)
        try backend.name.write(to: directory.appendingPathComponent("whoami"), atomically: true, encoding: .utf8)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/sbin/ip")
        server.arguments = [
            "netns", "exec", backend.namespace, "/usr/bin/python3", "-m", "http.server", "\(backend.port)",
            "--bind", backend.address, "--directory", directory.path,
        ]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        servers.append(server)
    }

    /// Stops the servers by PID, deletes the namespaces (and with them every veth) and the files.
    func tearDown() {
        for server in servers where server.isRunning {
            // SIGKILL: Foundation starts children with the test thread's blocked-signal mask, SIGTERM included.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        servers = []
        for namespace in namespaces.reversed() {
            _ = try? run(["/usr/sbin/ip", "netns", "del", namespace])
        }
        namespaces = []
        for directory in directories { try? FileManager.default.removeItem(at: directory) }
        directories = []
    }

    /// One HTTP GET from the client to the VIP: the backend's name, or nil when the request failed.
    func requestVIP() -> String? {
        fetch(from: client, url: "http://\(vip)/whoami")
    }

    /// `count` requests to the VIP, in order.
    func requestVIP(times count: Int) -> [String?] {
        (0..<count).map { _ in requestVIP() }
    }

    func fetch(from namespace: String, url: String) -> String? {
        guard let body = try? run(["/usr/sbin/ip", "netns", "exec", namespace, "/usr/bin/curl", "-s", "-m", "2", url])
        else { return nil }
        return body
    }

    /// Polls `condition` until it holds; throws when `deadline` passes first.
    func waitUntil(_ what: String, deadline: Duration, _ condition: () -> Bool) throws {
        let end = ContinuousClock.now + deadline
        while !condition() {
            guard ContinuousClock.now < end else {
                throw CommandFailed(command: ["wait", what], status: -1, output: "timed out")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    private func addNamespace(_ name: String) throws {
        try run(["/usr/sbin/ip", "netns", "add", name])
        namespaces.append(name)
        try ip(name, "link", "set", "lo", "up")
    }

    private func ip(_ namespace: String, _ arguments: String...) throws {
        try run(["/usr/sbin/ip", "-n", namespace] + arguments)
    }

    @discardableResult
    private func run(_ command: [String]) throws -> String {
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
}
