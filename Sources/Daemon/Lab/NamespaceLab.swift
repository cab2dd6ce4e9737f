import Foundation

/// A throw-away network of namespaces: a bridge namespace acting as the switch and one namespace per
/// host, joined by veth pairs that are created directly inside their namespaces, so nothing ever
/// appears in the root namespace and no bridge touches a real NIC.
///
/// Single segment, as in shared/lab/netns-lab.sh: 10.99.0.0/24 and fd99::/64, hosts lb1 .2, lb2 .3,
/// web1 .11, web2 .12, client .50; `twoSegments` adds a private 10.99.1.0/24 bridge for the
/// NAT layout (lb1/lb2 eth1 .2/.3, web servers moved there).
public final class NamespaceLab: @unchecked Sendable {
    public struct Host: Sendable {
        public var name: String
        /// Last octet of the host's addresses on each segment.
        public var octet: Int
        public var segments: [Int]
    }

    public let prefix: String
    public let shell: LabShell
    public let stateDirectory: String
    public let hosts: [Host]
    public let twoSegments: Bool
    private var created: [String] = []

    /// Namespace name of a host (`lb1` -> `vgab12-lb1`).
    public func namespace(_ host: String) -> String { prefix + host }

    public init(prefix: String, twoSegments: Bool = false, shell: LabShell = LabShell()) {
        self.prefix = prefix
        self.shell = shell
        self.twoSegments = twoSegments
        self.stateDirectory = "/run/vigil-lab-" + prefix.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        let web = twoSegments ? [1] : [0]
        hosts = [
            Host(name: "lb1", octet: 2, segments: twoSegments ? [0, 1] : [0]),
            Host(name: "lb2", octet: 3, segments: twoSegments ? [0, 1] : [0]),
            Host(name: "web1", octet: 11, segments: web),
            Host(name: "web2", octet: 12, segments: web),
            Host(name: "client", octet: 50, segments: [0]),
        ]
    }

    /// A short random prefix such as `vg3f9a-`, so labs never collide.
    public static func randomPrefix(_ tag: String = "vg") -> String {
        tag + String(UInt32.random(in: 0..<0xFFFFF), radix: 16) + "-"
    }

    public static func ipv4(segment: Int, octet: Int) -> String { "10.99.\(segment).\(octet)" }
    public static func ipv6(segment: Int, octet: Int) -> String {
        segment == 0 ? "fd99::\(String(octet, radix: 16))" : "fd99:\(segment)::\(String(octet, radix: 16))"
    }

    /// Builds the namespaces, bridges and links. On failure everything created so far is removed.
    public func up() throws {
        do {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
            try addNamespace("sw")
            for seg in twoSegments ? [0, 1] : [0] { try addBridge(seg) }
            for host in hosts { try addHost(host) }
        } catch {
            down()
            throw error
        }
    }

    private func addNamespace(_ host: String) throws {
        let ns = namespace(host)
        try shell.run(["ip", "netns", "add", ns])
        created.append(ns)
        try shell.run(["ip", "-n", ns, "link", "set", "lo", "up"])
        for key in ["net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
                    "net.ipv6.conf.all.accept_ra=0", "net.ipv6.conf.default.accept_ra=0"] {
            try shell.run(["ip", "netns", "exec", ns, "sysctl", "-qw", key])
        }
    }

    private func addBridge(_ segment: Int) throws {
        let sw = namespace("sw")
        try shell.run(["ip", "-n", sw, "link", "add", "br\(segment)", "type", "bridge",
                       "stp_state", "0", "forward_delay", "0", "mcast_snooping", "0"])
        try shell.run(["ip", "-n", sw, "link", "set", "br\(segment)", "up"])
    }

    private func addHost(_ host: Host) throws {
        try addNamespace(host.name)
        let ns = namespace(host.name)
        let sw = namespace("sw")
        for (index, segment) in host.segments.enumerated() {
            let port = "v\(segment)-\(host.name)"
            let dev = "eth\(index)"
            let mac = String(format: "02:99:%02x:00:00:%02x", segment, host.octet)
            try shell.run(["ip", "-n", sw, "link", "add", port, "type", "veth", "peer", "name", dev, "netns", ns])
            try shell.run(["ip", "-n", sw, "link", "set", port, "master", "br\(segment)", "up"])
            try shell.run(["ip", "-n", ns, "link", "set", dev, "address", mac, "up"])
            try shell.run(["ip", "-n", ns, "addr", "add", "\(Self.ipv4(segment: segment, octet: host.octet))/24",
                           "dev", dev])
            try shell.run(["ip", "-n", ns, "addr", "add", "\(Self.ipv6(segment: segment, octet: host.octet))/64",
                           "dev", dev, "nodad"])
        }
        if host.name.hasPrefix("lb") && twoSegments {
            try shell.run(["ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        }
    }

    /// Runs a command inside a host's namespace and returns its output.
    @discardableResult
    public func exec(_ host: String, _ arguments: [String], allowFailure: Bool = false) throws -> String {
        try shell.run(["ip", "netns", "exec", namespace(host)] + arguments, allowFailure: allowFailure)
    }

    /// Starts a background command inside a host's namespace; its output goes to the lab's state dir.
    @discardableResult
    public func start(_ host: String, _ arguments: [String], logName: String) throws -> Int32 {
        try shell.start(["ip", "netns", "exec", namespace(host)] + arguments,
                        logPath: stateDirectory + "/" + logName + ".log")
    }

    /// True when `address` is configured on any interface of `host`.
    public func holds(_ host: String, address: String) -> Bool {
        guard let out = try? shell.run(["ip", "-n", namespace(host), "-o", "addr", "show"], allowFailure: true)
        else { return false }
        return out.split(separator: "\n").contains { line in
            line.split(separator: " ").contains { $0.hasPrefix(address + "/") }
        }
    }

    /// Writes a file into the lab's state directory and returns its path.
    public func writeFile(_ name: String, _ contents: String) throws -> String {
        let path = stateDirectory + "/" + name
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Ends every process the lab started, then deletes its namespaces and state directory.
    public func down() {
        shell.stopAll()
        for ns in created.reversed() {
            // Processes started by others inside our namespaces would keep them alive: list, don't kill blindly.
            _ = try? shell.run(["ip", "netns", "del", ns], allowFailure: true)
        }
        created.removeAll()
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }

    /// Polls `condition` every 10 ms until it holds or `timeout` passes.
    public static func wait(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
