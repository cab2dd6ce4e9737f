import FoundationEssentials
import Synchronization

/// A throwaway network of namespaces: a bridge namespace `sw` acting as the switch and one namespace
/// per host, joined by veth pairs created directly inside their namespaces, so nothing ever appears
/// in the root namespace and no bridge touches a real NIC.
///
/// One segment: 10.99.0.0/24 and fd99::/64, hosts lb1 .2, lb2 .3, web1 .11 (web2 .12 with two web
/// servers) and client .50, each on `eth0`. With `twoSegments`, lb1 and lb2 also get `eth1` on a
/// second bridge (10.99.1.0/24, fd99:1::/64, forwarding on) where the web servers live instead, routed
/// through 10.99.1.1. Names carry a random prefix, so labs running side by side never collide;
/// `destroy()` ends every process started here (by PID) and deletes the namespaces, and `build`
/// destroys what it made when it fails half-way.
public final class NamespaceLab: Sendable {
    /// One veth link of a host.
    public struct Attachment: Sendable {
        public var host: String
        public var interface: String
        public var bridge: String
        /// Last octet of the host's addresses on the segment.
        public var octet: Int
        public var segment: Int
    }

    public let prefix: String
    /// Configurations, logs and pid files of whatever the lab runs.
    public let directory: String
    public let twoSegments: Bool
    public let webServers: Int
    /// How many load-balancer hosts: lb1 (.2), lb2 (.3), lb3 (.4)... on the first segment.
    public let directors: Int
    public let shell: LabShell
    private let namespaces = Mutex<[String]>([])

    /// A lab not built yet (see `up()`); `build` makes one and builds it.
    public init(
        prefix: String = NamespaceLab.randomPrefix(), webServers: Int = 1, twoSegments: Bool = false,
        directory: String? = nil, shell: LabShell = LabShell(), directors: Int = 2
    ) {
        self.prefix = prefix
        self.webServers = webServers
        self.directors = max(2, directors)
        self.twoSegments = twoSegments
        self.directory = directory ?? "/tmp/vigil-lab-\(prefix)"
        self.shell = shell
    }

    /// Makes and builds a lab; on failure everything created so far is removed.
    public static func build(
        prefix: String = NamespaceLab.randomPrefix(), webServers: Int = 1, twoSegments: Bool = false,
        directors: Int = 2
    ) throws(LabCommandError) -> NamespaceLab {
        let lab = NamespaceLab(prefix: prefix, webServers: webServers, twoSegments: twoSegments, directors: directors)
        try lab.up()
        return lab
    }

    /// `tag` and five random letters or digits, such as `vgk3x9a`.
    public static func randomPrefix(_ tag: String = "vg") -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return tag + String((0..<5).map { _ in alphabet.randomElement() ?? "x" })
    }

    /// Namespace name of a host (`lb1` -> `vgk3x9a-lb1`).
    public func namespace(_ host: String) -> String { "\(prefix)-\(host)" }

    public static func ipv4(_ octet: Int, segment: Int = 0) -> String { "10.99.\(segment).\(octet)" }
    public static func ipv6(_ octet: Int, segment: Int = 0) -> String {
        segment == 0 ? "fd99::\(octet)" : "fd99:\(segment)::\(octet)"
    }

    /// The web server hosts: `web1`, `web2`, ...
    public var webHosts: [String] { (1...max(1, webServers)).map { "web\($0)" } }

    /// Every veth link the lab makes.
    public var attachments: [Attachment] {
        let webSegment = twoSegments ? 1 : 0
        var list = [
            Attachment(host: "lb1", interface: "eth0", bridge: "br0", octet: 2, segment: 0),
            Attachment(host: "lb2", interface: "eth0", bridge: "br0", octet: 3, segment: 0),
            Attachment(host: "client", interface: "eth0", bridge: "br0", octet: 50, segment: 0),
        ]
        for index in 3...max(3, directors) where index <= directors {
            list.append(Attachment(host: "lb\(index)", interface: "eth0", bridge: "br0", octet: index + 1, segment: 0))
        }
        if twoSegments {
            list += [
                Attachment(host: "lb1", interface: "eth1", bridge: "br1", octet: 2, segment: 1),
                Attachment(host: "lb2", interface: "eth1", bridge: "br1", octet: 3, segment: 1),
            ]
        }
        for (index, web) in webHosts.enumerated() {
            list.append(
                Attachment(host: web, interface: "eth0", bridge: "br\(webSegment)", octet: 11 + index, segment: webSegment))
        }
        return list
    }

    /// Builds the namespaces, bridges and links. On failure everything created so far is removed.
    public func up() throws(LabCommandError) {
        do throws(LabCommandError) {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw LabCommandError(command: ["mkdir", directory], status: -1, output: "\(error)")
            }
            try create()
        } catch {
            destroy()
            throw error
        }
    }

    private func create() throws(LabCommandError) {
        for host in ["sw"] + (1...directors).map({ "lb\($0)" }) + webHosts + ["client"] { try addNamespace(host) }
        try inside("sw", "sysctl", "-qw", "net.ipv6.conf.all.disable_ipv6=1", "net.ipv6.conf.default.disable_ipv6=1")
        for bridge in twoSegments ? ["br0", "br1"] : ["br0"] {
            try inside("sw", "ip", "link", "add", bridge, "type", "bridge", "stp_state", "0", "forward_delay", "0",
                       "mcast_snooping", "0")
            try inside("sw", "ip", "link", "set", bridge, "up")
        }
        for attachment in attachments { try attach(attachment) }
        if twoSegments {
            for web in webHosts { try inside(web, "ip", "route", "add", "default", "via", Self.ipv4(1, segment: 1)) }
            for lb in ["lb1", "lb2"] { try inside(lb, "sysctl", "-qw", "net.ipv4.ip_forward=1") }
        }
    }

    private func addNamespace(_ host: String) throws(LabCommandError) {
        try shell.run(["ip", "netns", "add", namespace(host)])
        namespaces.withLock { $0.append(namespace(host)) }
        try inside(host, "ip", "link", "set", "lo", "up")
        try inside(host, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
                   "net.ipv6.conf.all.accept_ra=0", "net.ipv6.conf.default.accept_ra=0")
    }

    private func attach(_ a: Attachment) throws(LabCommandError) {
        let port = a.interface == "eth0" ? "v-\(a.host)" : "v-\(a.host)-\(a.interface)"
        let mac = "02:99:" + [a.segment, 0, 0, a.octet].map(Self.hexByte).joined(separator: ":")
        try shell.run(["ip", "-n", namespace("sw"), "link", "add", port, "type", "veth", "peer", "name", a.interface,
                       "netns", namespace(a.host)])
        try inside(a.host, "ip", "link", "set", a.interface, "address", mac)
        try inside("sw", "ip", "link", "set", port, "master", a.bridge)
        try inside("sw", "ip", "link", "set", port, "up")
        try inside(a.host, "ip", "link", "set", a.interface, "up")
        try inside(a.host, "ip", "addr", "add", "\(Self.ipv4(a.octet, segment: a.segment))/24", "dev", a.interface)
        try inside(a.host, "ip", "-6", "addr", "add", "\(Self.ipv6(a.octet, segment: a.segment))/64", "dev",
                   a.interface, "nodad")
    }

    private static func hexByte(_ value: Int) -> String {
        let digits = String(value, radix: 16)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// Runs a command in a host's namespace; throws unless it exits 0.
    @discardableResult
    public func inside(_ host: String, _ arguments: String...) throws(LabCommandError) -> String {
        try shell.run(["ip", "netns", "exec", namespace(host)] + arguments)
    }

    /// Runs a command in a host's namespace and returns its status and output, whatever the status.
    public func attempt(_ host: String, _ arguments: [String]) -> (status: Int32, output: String) {
        (try? shell.runStatus(["ip", "netns", "exec", namespace(host)] + arguments)).map { ($0.0, $0.1) } ?? (-1, "")
    }

    /// True when `address` is configured on one of `host`'s interfaces.
    public func holds(_ host: String, _ address: String) -> Bool {
        let shown = (try? shell.run(["ip", "-n", namespace(host), "-o", "addr", "show"], allowFailure: true)) ?? ""
        return shown.split(separator: "\n").contains { line in
            line.split(separator: " ").contains { $0.hasPrefix(address + "/") }
        }
    }

    /// Writes a file in the lab's directory and returns its path.
    public func write(_ name: String, _ contents: String) throws(LabCommandError) -> String {
        try shell.write(contents, to: "\(directory)/\(name)")
    }

    /// Starts a long-running process in `host`'s namespace, output to `<directory>/<logName>.log`.
    @discardableResult
    public func start(_ host: String, _ arguments: [String], logName: String) throws(LabCommandError) -> LabProcess {
        try shell.start(["ip", "netns", "exec", namespace(host)] + arguments, logPath: "\(directory)/\(logName).log")
    }

    /// Every process started in the lab so far, ended ones included.
    public var processes: [LabProcess] { shell.processes }

    /// An HTTP server on port 80 of every address of `host` answering with `body` (default: the
    /// host's name and a newline).
    @discardableResult
    public func serveName(on host: String, body: String? = nil, bind: String = "::") throws(LabCommandError)
        -> LabProcess
    {
        let root = "\(directory)/www-\(host)"
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw LabCommandError(command: ["mkdir", root], status: -1, output: "\(error)")
        }
        _ = try write("www-\(host)/index.html", body ?? host + "\n")
        return try start(host, ["python3", "-m", "http.server", "80", "--bind", bind, "--directory", root],
                         logName: "http-\(host)")
    }

    /// The body the HTTP server at `address` answers with, as the client sees it (surrounding
    /// whitespace trimmed); nil on failure.
    public func clientFetch(_ address: String, timeout: Double = 1) -> String? {
        let url = address.contains(":") ? "http://[\(address)]/" : "http://\(address)/"
        let (status, output) = attempt("client", ["curl", "-s", "-g", "-m", String(timeout), url])
        guard status == 0 else { return nil }
        return output.labTrimmed
    }

    /// A host rebooted: its namespace (addresses, routes, conntrack, nftables, sysctls) deleted with
    /// its links, then made again as `up()` made it. Processes still running in it are the caller's
    /// to end first.
    public func rebuild(_ host: String) throws(LabCommandError) {
        for attachment in attachments where attachment.host == host {
            let port = attachment.interface == "eth0" ? "v-\(host)" : "v-\(host)-\(attachment.interface)"
            _ = try? shell.run(["ip", "-n", namespace("sw"), "link", "del", port], allowFailure: true)
        }
        try shell.run(["ip", "netns", "del", namespace(host)])
        namespaces.withLock { $0.removeAll { $0 == namespace(host) } }
        try addNamespace(host)
        for attachment in attachments where attachment.host == host { try attach(attachment) }
        if twoSegments && webHosts.contains(host) {
            try inside(host, "ip", "route", "add", "default", "via", Self.ipv4(1, segment: 1))
        } else if twoSegments && (host == "lb1" || host == "lb2") {
            try inside(host, "sysctl", "-qw", "net.ipv4.ip_forward=1")
        }
    }

    /// Ends every process this lab started (SIGTERM, then SIGKILL to its group) and deletes its
    /// namespaces, and its directory unless `VIGIL_KEEP_LAB_LOGS=1`. Safe to call twice.
    public func destroy() {
        shell.tearDown(namespaces: namespaces.withLock { names in
            defer { names = [] }
            return names
        }, directory: directory)
    }
}
