import Foundation
import Glibc

/// A throwaway network of namespaces (after shared/lab/netns-lab.sh): a bridge in `sw`, and
/// `lb1`, `lb2`, `web1`, `client` each with `eth0` on it (10.99.0.0/24, fd99::/64). With two
/// segments, lb1/lb2 also get `eth1` on a second bridge (10.99.1.0/24, fd99:1::/64) where web1
/// lives instead. Names carry a random prefix; `destroy` ends every process started here (by PID)
/// and deletes the namespaces. Nothing touches the root namespace's interfaces.
final class NetnsLab {
    struct Attachment {
        var host: String
        var interface: String
        var bridge: String
        var octet: Int
        var segment: Int
    }

    let prefix: String
    let directory: String
    let twoSegments: Bool
    private(set) var daemons: [LabProcess] = []
    private var namespaces: [String] = []

    init(twoSegments: Bool = false) throws {
        let suffix = String((0..<5).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement() ?? "x" })
        prefix = "vg" + suffix
        directory = "/tmp/vigil-it-\(prefix)"
        self.twoSegments = twoSegments
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        do {
            try build()
        } catch {
            destroy()
            throw error
        }
    }

    func namespace(_ host: String) -> String { "\(prefix)-\(host)" }

    static func ipv4(_ octet: Int, segment: Int = 0) -> String { "10.99.\(segment).\(octet)" }
    static func ipv6(_ octet: Int, segment: Int = 0) -> String { segment == 0 ? "fd99::\(octet)" : "fd99:\(segment)::\(octet)" }

    private var attachments: [Attachment] {
        var list = [
            Attachment(host: "lb1", interface: "eth0", bridge: "br0", octet: 2, segment: 0),
            Attachment(host: "lb2", interface: "eth0", bridge: "br0", octet: 3, segment: 0),
            Attachment(host: "client", interface: "eth0", bridge: "br0", octet: 50, segment: 0),
        ]
        if twoSegments {
            list += [
                Attachment(host: "lb1", interface: "eth1", bridge: "br1", octet: 2, segment: 1),
                Attachment(host: "lb2", interface: "eth1", bridge: "br1", octet: 3, segment: 1),
                Attachment(host: "web1", interface: "eth0", bridge: "br1", octet: 11, segment: 1),
            ]
        } else {
            list.append(Attachment(host: "web1", interface: "eth0", bridge: "br0", octet: 11, segment: 0))
        }
        return list
    }

    private func build() throws {
        for host in ["sw", "lb1", "lb2", "web1", "client"] { try addNamespace(host) }
        try inside("sw", "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        for bridge in twoSegments ? ["br0", "br1"] : ["br0"] {
            try inside("sw", "ip", "link", "add", bridge, "type", "bridge", "stp_state", "0", "forward_delay", "0",
                       "mcast_snooping", "0")
            try inside("sw", "ip", "link", "set", bridge, "up")
        }
        for attachment in attachments { try attach(attachment) }
        if twoSegments {
            try inside("web1", "ip", "route", "add", "default", "via", Self.ipv4(1, segment: 1))
            for lb in ["lb1", "lb2"] { try inside(lb, "sysctl", "-qw", "net.ipv4.ip_forward=1") }
        }
    }

    private func addNamespace(_ host: String) throws {
        try Command.run(["ip", "netns", "add", namespace(host)])
        namespaces.append(namespace(host))
        try inside(host, "ip", "link", "set", "lo", "up")
        try inside(host, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
                   "net.ipv6.conf.all.accept_ra=0", "net.ipv6.conf.default.accept_ra=0")
    }

    private func attach(_ a: Attachment) throws {
        let port = a.interface == "eth0" ? "v-\(a.host)" : "v-\(a.host)-\(a.interface)"
        let mac = String(format: "02:99:%02x:00:00:%02x", a.segment, a.octet)
        try Command.run(["ip", "-n", namespace("sw"), "link", "add", port, "type", "veth", "peer", "name", a.interface,
                         "netns", namespace(a.host)])
        try inside(a.host, "ip", "link", "set", a.interface, "address", mac)
        try inside("sw", "ip", "link", "set", port, "master", a.bridge)
        try inside("sw", "ip", "link", "set", port, "up")
        try inside(a.host, "ip", "link", "set", a.interface, "up")
        try inside(a.host, "ip", "addr", "add", "\(Self.ipv4(a.octet, segment: a.segment))/24", "dev", a.interface)
        try inside(a.host, "ip", "-6", "addr", "add", "\(Self.ipv6(a.octet, segment: a.segment))/64", "dev",
                   a.interface, "nodad")
    }

    /// Runs a command in a host's namespace; throws unless it exits 0.
    @discardableResult
    func inside(_ host: String, _ arguments: String...) throws -> String {
        try Command.run(["ip", "netns", "exec", namespace(host)] + arguments)
    }

    /// Runs a command in a host's namespace and returns its status and output.
    func attempt(_ host: String, _ arguments: [String]) -> (status: Int32, output: String) {
        (try? Command.capture(["ip", "netns", "exec", namespace(host)] + arguments)) ?? (-1, "")
    }

    /// True when `address` is configured on one of `host`'s interfaces.
    func holds(_ host: String, _ address: String) -> Bool {
        let shown = attempt(host, ["ip", "-o", "addr", "show"]).output
        return shown.split(separator: "\n").contains { line in
            line.split(separator: " ").contains { $0.hasPrefix(address + "/") }
        }
    }

    /// Writes a file in the lab's directory and returns its path.
    func write(_ name: String, _ contents: String) throws -> String {
        let path = "\(directory)/\(name)"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Starts a long-running process in `host`'s namespace, output to `<logName>.log`.
    func start(_ host: String, _ arguments: [String], logName: String) throws -> LabProcess {
        let process = try LabProcess(
            namespace: namespace(host), arguments: arguments, logPath: "\(directory)/\(logName).log")
        daemons.append(process)
        return process
    }

    /// An HTTP server on port 80 of every address of `host` answering with `host`'s name.
    func serveName(on host: String) throws {
        let root = "\(directory)/www-\(host)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        _ = try write("www-\(host)/index.html", host + "\n")
        _ = try start(host, ["/usr/bin/python3", "-m", "http.server", "80", "--bind", "::", "--directory", root],
                      logName: "http-\(host)")
    }

    /// The name the HTTP server at `address` answers with, as the client sees it; nil on failure.
    func clientFetch(_ address: String, timeout: Double = 1) -> String? {
        let url = address.contains(":") ? "http://[\(address)]/" : "http://\(address)/"
        let (status, output) = attempt("client", ["curl", "-s", "-g", "-m", String(timeout), url])
        guard status == 0 else { return nil }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ends every process this lab started (TERM, then KILL) and deletes its namespaces.
    func destroy() {
        for daemon in daemons.reversed() { daemon.stop() }
        for name in namespaces.reversed() {
            _ = try? Command.capture(["ip", "netns", "del", name])
        }
        namespaces = []
        if ProcessInfo.processInfo.environment["VIGIL_KEEP_LAB_LOGS"] != "1" {
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}
