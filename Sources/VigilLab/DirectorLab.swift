import FoundationEssentials
import Glibc
import LinuxPlatform
import Synchronization

/// A throwaway lab for a load-balancing director: a client, a director holding the VIP statically
/// (VRRP is `NamespaceLab`'s), and HTTP backends (`python3 -m http.server` on port 8080, each serving
/// a `whoami` file that names it) behind the director, each on a segment of its own:
/// client 10.S.0.2, director 10.S.0.1 and the VIP 10.S.0.100 on `c0`; backend N at 10.S.N.2 behind
/// the director's 10.S.N.1, where S is the lab's `subnet`. Backends can be stopped (SIGKILL, by PID)
/// and started again. `tearDown()` removes every namespace, process and file; callers run it in
/// `defer`, and a failing build runs it itself.
public final class DirectorLab: Sendable {
    /// One HTTP backend: its namespace, address, and the name it answers with.
    public struct Backend: Sendable {
        public var name: String
        public var namespace: String
        public var address: String
        public var port: UInt16 = 8080
        public var directory: String
    }

    public let prefix: String
    public let client: String
    public let director: String
    public let vip: String
    /// The backends in the order they were named.
    public let backends: [Backend]
    public let shell = LabShell()
    private let directory: String
    private let namespaces = Mutex<[String]>([])
    private let servers = Mutex<[String: LabProcess]>([:])

    /// Builds the lab with one backend per name on the 10.`subnet`.0.0/16 addresses; with `serving`
    /// every backend's server is started and answering before this returns; with `routeBack` false
    /// the backends have no route to the client, so only masquerading brings replies back.
    public init(backendNames: [String], subnet: Int = 202, routeBack: Bool = true, serving: Bool = false)
        throws(LabCommandError)
    {
        let prefix = NamespaceLab.randomPrefix()
        self.prefix = prefix
        client = prefix + "c"
        director = prefix + "d"
        vip = "10.\(subnet).0.100"
        directory = "/tmp/vigil-lab-\(prefix)"
        backends = backendNames.enumerated().map { index, name in
            Backend(
                name: name, namespace: prefix + "b\(index + 1)", address: "10.\(subnet).\(index + 1).2",
                directory: "/tmp/vigil-lab-\(prefix)/\(name)")
        }
        do {
            try build(subnet: subnet, routeBack: routeBack)
            if serving {
                for backend in backends { try startServer(backend) }
                for backend in backends {
                    try waitUntil("backend \(backend.name) answers", deadline: .seconds(15)) {
                        self.fetch(from: self.director, url: self.whoami(backend)) == backend.name
                    }
                }
            }
        } catch {
            tearDown()
            throw error
        }
    }

    /// The backend called `name`.
    public func backend(_ name: String) -> Backend? { backends.first { $0.name == name } }

    /// `nft` run inside the director's namespace, for an `NFTablesDataPlane`.
    public var dataPlaneCommand: NFTablesCommand { .inNamespace(director) }

    private func whoami(_ backend: Backend) -> String { "http://\(backend.address):\(backend.port)/whoami" }

    private func build(subnet: Int, routeBack: Bool) throws(LabCommandError) {
        try addNamespace(client)
        try addNamespace(director)
        try ip(director, "link", "add", "c0", "type", "veth", "peer", "name", "eth0", "netns", client)
        try ip(director, "addr", "add", "10.\(subnet).0.1/24", "dev", "c0")
        try ip(director, "addr", "add", "\(vip)/32", "dev", "c0")
        try ip(director, "link", "set", "c0", "up")
        try ip(client, "addr", "add", "10.\(subnet).0.2/24", "dev", "eth0")
        try ip(client, "link", "set", "eth0", "up")
        try shell.run(["ip", "netns", "exec", director, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        for (index, backend) in backends.enumerated() {
            let segment = index + 1
            try addNamespace(backend.namespace)
            let link = "b\(segment)"
            try ip(director, "link", "add", link, "type", "veth", "peer", "name", "eth0", "netns", backend.namespace)
            try ip(director, "addr", "add", "10.\(subnet).\(segment).1/24", "dev", link)
            try ip(director, "link", "set", link, "up")
            try ip(backend.namespace, "addr", "add", "\(backend.address)/24", "dev", "eth0")
            try ip(backend.namespace, "link", "set", "eth0", "up")
            if routeBack {
                try ip(backend.namespace, "route", "add", "default", "via", "10.\(subnet).\(segment).1")
            }
            do {
                try FileManager.default.createDirectory(atPath: backend.directory, withIntermediateDirectories: true)
                try backend.name.write(toFile: backend.directory + "/whoami", atomically: true, encoding: .utf8)
            } catch {
                throw LabCommandError(command: ["write", backend.directory], status: -1, output: "\(error)")
            }
        }
    }

    private func startServer(_ backend: Backend) throws(LabCommandError) {
        let server = try shell.start(
            [
                "ip", "netns", "exec", backend.namespace, "python3", "-m", "http.server", "\(backend.port)",
                "--bind", backend.address, "--directory", backend.directory,
            ], logPath: "\(directory)/http-\(backend.name).log")
        servers.withLock { $0[backend.name] = server }
    }

    /// Starts `name`'s HTTP server and waits until the director can fetch from it.
    public func start(_ name: String) async throws(LabCommandError) {
        guard let backend = backend(name) else { return }
        try startServer(backend)
        let answered = await LabWait.eventually(within: .seconds(15)) {
            await self.fetch(from: self.director, url: self.whoami(backend)) == name
        }
        guard answered else { throw LabCommandError(command: ["start", name], status: -1, output: "never answered") }
    }

    /// Kills `name`'s HTTP server by PID (SIGKILL) and reaps it.
    public func stop(_ name: String) {
        guard let server = servers.withLock({ $0.removeValue(forKey: name) }) else { return }
        server.signal(SIGKILL)
        server.waitForExit(timeout: .seconds(5))
    }

    /// Stops every server, deletes the namespaces (and with them every veth) and the files.
    public func tearDown() {
        for name in servers.withLock({ Array($0.keys) }) { stop(name) }
        shell.stopAll()
        for namespace in namespaces.withLock({ $0.reversed() }) {
            _ = try? shell.run(["ip", "netns", "del", namespace], allowFailure: true)
        }
        namespaces.withLock { $0 = [] }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// One HTTP GET from the client to the VIP: the backend's name, or nil when the request failed.
    public func requestVIP() -> String? {
        fetch(from: client, url: "http://\(vip)/whoami")
    }

    /// `count` requests to the VIP, in order.
    public func requestVIP(times count: Int) -> [String?] {
        (0..<count).map { _ in requestVIP() }
    }

    /// `requestVIP` without holding a thread of the concurrency pool.
    public func requestVIP() async -> String? {
        await fetch(from: client, url: "http://\(vip)/whoami")
    }

    public func requestVIP(times count: Int) async -> [String?] {
        var answers: [String?] = []
        for _ in 0..<count { answers.append(await requestVIP()) }
        return answers
    }

    /// The body of `url` fetched with curl from `namespace`, nil on failure.
    public func fetch(from namespace: String, url: String, timeout: Int = 2) -> String? {
        guard let (status, body) = try? shell.runStatus(Self.curl(namespace, url, timeout)), status == 0 else {
            return nil
        }
        return body
    }

    /// `fetch` without holding a thread of the concurrency pool.
    public func fetch(from namespace: String, url: String, timeout: Int = 1) async -> String? {
        let (status, body) = await shell.output(Self.curl(namespace, url, timeout))
        return status == 0 ? body : nil
    }

    private static func curl(_ namespace: String, _ url: String, _ timeout: Int) -> [String] {
        ["ip", "netns", "exec", namespace, "curl", "-s", "-m", "\(timeout)", url]
    }

    /// `nft list table inet vigil` in the director, or nil when there is no such table.
    public func listTable() async -> String? {
        let (status, text) = await shell.output(["ip", "netns", "exec", director, "nft", "list", "table", "inet", "vigil"])
        return status == 0 ? text : nil
    }

    /// Re-checks `condition` every 20 ms until it holds (true) or `deadline` passes (false).
    public func waitUntil(deadline: Duration, _ condition: () async -> Bool) async throws -> Bool {
        await LabWait.eventually(within: deadline, condition)
    }

    /// Polls `condition` until it holds; throws when `deadline` passes first.
    public func waitUntil(_ what: String, deadline: Duration, _ condition: () -> Bool) throws(LabCommandError) {
        guard LabWait.until(timeout: deadline, every: .milliseconds(50), condition) else {
            throw LabCommandError(command: ["wait", what], status: -1, output: "timed out")
        }
    }

    private func addNamespace(_ name: String) throws(LabCommandError) {
        try shell.run(["ip", "netns", "add", name])
        namespaces.withLock { $0.append(name) }
        try ip(name, "link", "set", "lo", "up")
    }

    private func ip(_ namespace: String, _ arguments: String...) throws(LabCommandError) {
        try shell.run(["ip", "-n", namespace] + arguments)
    }
}
