import FoundationEssentials
import Glibc
import LinuxPlatform
import Synchronization

/// BGP/ECMP through BIRD 2 (Docs/ScaleOut-BGP.md): a client, a router running BIRD with ECMP
/// (`merge paths`, an L4 multipath hash) and BFD, `directors` directors each running Vigil and BIRD
/// (the VIP on lo through `static_ipaddress`, a `lb_kind DR` virtual server on the nftables data plane, `vigil_bgp` announcing
/// the VIP while the virtual server has quorum and its script passes), and `realServers` real
/// servers holding the VIP on lo and answering the client directly.
///
/// Namespaces `PREFIX-lan` (the segment's bridge), `-client`, `-router`, `-d1`..., `-r1`...; veth
/// pairs are made inside them, so nothing appears in the root namespace. Client 10.77.1.2/24 behind
/// router 10.77.1.1; segment 10.77.2.0/24 with the router .1, directors .11..., real servers .21...;
/// VIP 10.77.9.100. `destroy()` ends every process started here by PID and deletes the namespaces.
public final class ECMPLab: Sendable {
    /// The VIP every director announces, and its service port.
    public static let vip = "10.77.9.100"
    public static let port = 80
    /// The router's address on the directors' segment, their BGP neighbour.
    public static let routerAddress = "10.77.2.1"

    public let prefix: String
    public let directory: String
    public let directors: Int
    public let realServers: Int
    public let shell = LabShell()
    private let namespaces = Mutex<[String]>([])
    /// The processes of each director (`d1`: Vigil and BIRD), for crashing one.
    private let daemons = Mutex<[String: [LabProcess]]>([:])

    /// A lab not built yet (see `up(vigil:)`).
    public init(prefix: String = NamespaceLab.randomPrefix("vg-bgp-"), directors: Int = 3, realServers: Int = 2) {
        self.prefix = prefix
        self.directors = directors
        self.realServers = realServers
        directory = "/tmp/vigil-lab-\(prefix)"
    }

    /// `d1`, `d2`, ... and `r1`, `r2`, ...: the hosts' names.
    public var directorNames: [String] { (1...directors).map { "d\($0)" } }
    public var realServerNames: [String] { (1...realServers).map { "r\($0)" } }

    /// A host's namespace; its addresses on the segment.
    public func namespace(_ host: String) -> String { "\(prefix)-\(host)" }
    public static func directorAddress(_ index: Int) -> String { "10.77.2.\(10 + index)" }
    public static func realServerAddress(_ index: Int) -> String { "10.77.2.\(20 + index)" }

    // MARK: building

    /// Creates the namespaces and links, starts the real servers, the router's BIRD and every
    /// director's BIRD and Vigil (`vigil` is the binary); on failure removes what it made.
    public func up(vigil: String) throws(LabCommandError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw LabCommandError(command: ["mkdir", directory], status: -1, output: "\(error)")
        }
        do {
            try build()
            for name in realServerNames { try startRealServer(name) }
            try startRouter()
            for (index, name) in directorNames.enumerated() { try startDirector(name, index: index + 1, vigil: vigil) }
        } catch {
            destroy()
            throw error
        }
    }

    private func build() throws(LabCommandError) {
        for host in ["lan", "client", "router"] + directorNames + realServerNames {
            try shell.run(["ip", "netns", "add", namespace(host)])
            namespaces.withLock { $0.append(namespace(host)) }
            try ip(host, "link", "set", "lo", "up")
        }
        try ip("lan", "link", "add", "br0", "type", "bridge")
        try ip("lan", "link", "set", "br0", "up")
        // client <-> router
        try ip("client", "link", "add", "eth0", "type", "veth", "peer", "name", "cl", "netns", namespace("router"))
        try ip("client", "addr", "add", "10.77.1.2/24", "dev", "eth0")
        try ip("client", "link", "set", "eth0", "up")
        try ip("client", "route", "add", "default", "via", "10.77.1.1")
        try ip("router", "addr", "add", "10.77.1.1/24", "dev", "cl")
        try ip("router", "link", "set", "cl", "up")
        try attach("router", interface: "lan", address: Self.routerAddress)
        try sysctl("router", "net.ipv4.ip_forward=1", "net.ipv4.fib_multipath_hash_policy=1")
        for (index, name) in directorNames.enumerated() {
            try attach(name, interface: "eth0", address: Self.directorAddress(index + 1))
            try ip(name, "route", "add", "default", "via", Self.routerAddress)
        }
        for (index, name) in realServerNames.enumerated() {
            try attach(name, interface: "eth0", address: Self.realServerAddress(index + 1))
            try ip(name, "addr", "add", "\(Self.vip)/32", "dev", "lo")
            try ip(name, "route", "add", "default", "via", Self.routerAddress)
            try sysctl(
                name, "net.ipv4.conf.all.arp_ignore=1", "net.ipv4.conf.all.arp_announce=2",
                "net.ipv4.conf.eth0.arp_ignore=1", "net.ipv4.conf.eth0.arp_announce=2")
        }
    }

    /// A veth from `host` to the segment's bridge.
    private func attach(_ host: String, interface: String, address: String) throws(LabCommandError) {
        let port = "p-\(host)"
        try ip(host, "link", "add", interface, "type", "veth", "peer", "name", port, "netns", namespace("lan"))
        try ip("lan", "link", "set", port, "master", "br0")
        try ip("lan", "link", "set", port, "up")
        try ip(host, "addr", "add", "\(address)/24", "dev", interface)
        try ip(host, "link", "set", interface, "up")
    }

    private func startRealServer(_ name: String) throws(LabCommandError) {
        let script = try write("echo.py", ECMPFlowScripts.echoServer)
        try start(name, ["python3", script, name, "\(Self.port)"], logName: "echo-\(name)")
    }

    private func startRouter() throws(LabCommandError) {
        let peers = directorNames.enumerated().map { index, name in
            "protocol bgp \(name) from director { neighbor \(Self.directorAddress(index + 1)) as 65001; }"
        }
        let config = """
            router id \(Self.routerAddress);
            log stderr all;
            protocol device { scan time 1; }
            protocol kernel { ipv4 { import none; export all; }; merge paths on; }
            protocol bfd { interface "lan" { min rx interval 100 ms; min tx interval 100 ms; multiplier 3; }; }
            template bgp director {
                local \(Self.routerAddress) as 65000;
                ipv4 { import all; export none; };
                bfd on;
                connect retry time 1;
            }
            \(peers.joined(separator: "\n"))

            """
        try startBIRD("router", config: config)
    }

    private func startBIRD(_ host: String, config: String) throws(LabCommandError) {
        let path = try write("\(host)-bird.conf", config)
        let process = try start(
            host, ["bird", "-f", "-c", path, "-s", controlSocket(host), "-P", "\(directory)/\(host)-bird.pid"],
            logName: "bird-\(host)")
        daemons.withLock { $0[host, default: []].append(process) }
    }

    /// Where a host's BIRD listens, and the routes file a director's Vigil writes.
    public func controlSocket(_ host: String) -> String { "\(directory)/\(host)-bird.ctl" }
    public func routesFile(_ host: String) -> String { "\(directory)/\(host)-routes.conf" }
    /// While this file exists, the director's tracked script fails.
    public func downFile(_ host: String) -> String { "\(directory)/\(host).down" }

    private func startDirector(_ name: String, index: Int, vigil: String) throws(LabCommandError) {
        let address = Self.directorAddress(index)
        _ = try write("\(name)-routes.conf", BIRDRouteAnnouncer.routesFileText([]))
        let bird = """
            router id \(address);
            log stderr all;
            protocol device { scan time 1; }
            protocol bfd { interface "eth0" { min rx interval 100 ms; min tx interval 100 ms; multiplier 3; }; }
            include "\(routesFile(name))";
            protocol bgp uplink {
                local \(address) as 65001;
                neighbor \(Self.routerAddress) as 65000;
                ipv4 { import none; export where proto = "vigil4"; next hop self; };
                bfd on;
                connect retry time 1;
            }

            """
        try startBIRD(name, config: bird)
        let path = try write("\(name)-vigil.conf", vigilConfig(name))
        let base = "\(directory)/\(name)"
        let process = try start(
            name,
            ["env", "VIGIL_DATAPLANE=nftables", vigil, "-f", path, "-n", "-l", "-D", "-p", "\(base).pid", "-r",
             "\(base)-vrrp.pid", "-c", "\(base)-checkers.pid", "--status-socket", "\(base).sock"],
            logName: "vigil-\(name)")
        daemons.withLock { $0[name, default: []].append(process) }
    }

    /// A director's keepalived.conf: the DR virtual server, a script that fails while `downFile`
    /// exists, and the Vigil-only `vigil_bgp` block announcing the VIP through the director's BIRD.
    public func vigilConfig(_ name: String) -> String {
        let servers = (1...realServers).map { index in
            """
                real_server \(Self.realServerAddress(index)) \(Self.port) {
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            """
        }
        return """
            global_defs {
                router_id \(name)
            }
            vrrp_script chk_\(name) {
                script "/usr/bin/test ! -e \(downFile(name))"
                interval 1
            }
            static_ipaddress {
                \(Self.vip)/32 dev lo
            }
            vigil_bgp {
                control_socket \(controlSocket(name))
                routes_file \(routesFile(name))
                birdc /usr/sbin/birdc
                announce \(Self.vip)/32 {
                    track_script {
                        chk_\(name)
                    }
                }
            }
            virtual_server \(Self.vip) \(Self.port) {
                delay_loop 1
                lb_algo rr
                lb_kind DR
                protocol TCP
            \(servers.joined(separator: "\n"))
            }

            """
    }

    // MARK: observing and acting

    /// The next hops the router's kernel has for the VIP (director addresses), sorted.
    public func nextHops() -> [String] {
        let output = (try? shell.run(["ip", "-n", namespace("router"), "route", "show", "\(Self.vip)/32"],
                                     allowFailure: true)) ?? ""
        var hops: [String] = []
        let words = output.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        for (index, word) in words.enumerated() where word == "via" && index + 1 < words.count {
            hops.append(String(words[index + 1]))
        }
        return hops.sorted()
    }

    /// Counts the VIP's packets arriving at each director (a netdev ingress chain of its own,
    /// ahead of Vigil's DR chain).
    public func installCounters() throws(LabCommandError) {
        for name in directorNames {
            let rules = """
                table netdev vgcount {
                    chain in {
                        type filter hook ingress device "eth0" priority -500;
                        ip daddr \(Self.vip) tcp flags & (syn | ack) == syn counter
                        ip daddr \(Self.vip) counter
                    }
                }

                """
            let path = try write("\(name)-count.nft", rules)
            try shell.run(["ip", "netns", "exec", namespace(name), "nft", "-f", path])
        }
    }

    /// Per director: new connections (SYNs) and packets to the VIP counted so far.
    public func counts() -> [String: (connections: Int, packets: Int)] {
        var result: [String: (connections: Int, packets: Int)] = [:]
        for name in directorNames {
            let output = (try? shell.run(
                ["ip", "netns", "exec", namespace(name), "nft", "list", "table", "netdev", "vgcount"],
                allowFailure: true)) ?? ""
            let packets = output.split(separator: "\n").compactMap { line -> Int? in
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "packets"), index + 1 < words.count else { return nil }
                return Int(words[index + 1])
            }
            result[name] = (packets.first ?? 0, packets.count > 1 ? packets[1] : 0)
        }
        return result
    }

    /// Kills director `name`'s Vigil and BIRD (SIGKILL to their process groups). With `cuttingLink`
    /// its port on the segment's bridge goes down first, as when the host dies or its cable is cut:
    /// nothing (no TCP FIN of the BGP session) leaves it, so the router learns of it from BFD alone.
    public func crash(_ name: String, cuttingLink: Bool = true) {
        if cuttingLink { _ = try? shell.run(["ip", "-n", namespace("lan"), "link", "set", "p-\(name)", "down"]) }
        let processes = daemons.withLock { $0[name] ?? [] }
        for process in processes { process.signalGroup(SIGKILL) }
        for process in processes { _ = process.waitForExit(timeout: .seconds(5)) }
    }

    /// Stops director `name`'s Vigil in order (SIGTERM), leaving its BIRD running.
    public func stopVigil(_ name: String) {
        guard let vigil = daemons.withLock({ $0[name]?.last }) else { return }
        shell.signal(vigil.pid, SIGTERM)
    }

    /// Starts the flow client in the client's namespace (see `ECMPFlowScripts.flowClient`).
    public func startFlows(_ count: Int, seconds: Double) throws(LabCommandError) -> LabProcess {
        let script = try write("flows.py", ECMPFlowScripts.flowClient)
        return try start(
            "client", ["python3", script, Self.vip, "\(Self.port)", "\(count)", "\(seconds)", stopFile],
            logName: "flows")
    }

    /// Once this file exists the flow client reports and exits.
    public var stopFile: String { "\(directory)/flows.stop" }

    /// Runs `arguments` inside `host`'s namespace.
    @discardableResult
    public func inside(_ host: String, _ arguments: [String]) throws(LabCommandError) -> String {
        try shell.run(["ip", "netns", "exec", namespace(host)] + arguments)
    }

    /// Writes a file in the lab's directory and returns its path.
    public func write(_ name: String, _ contents: String) throws(LabCommandError) -> String {
        try shell.write(contents, to: "\(directory)/\(name)")
    }

    /// A file's text; empty when it cannot be read.
    public func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    /// Ends every process this lab started (by PID) and deletes its namespaces, and its directory
    /// unless `VIGIL_KEEP_LAB_LOGS=1`. Safe to call twice.
    public func destroy() {
        shell.tearDown(namespaces: namespaces.withLock { names in
            defer { names = [] }
            return names
        }, directory: directory)
    }

    @discardableResult
    private func start(_ host: String, _ arguments: [String], logName: String) throws(LabCommandError) -> LabProcess {
        try shell.start(["ip", "netns", "exec", namespace(host)] + arguments, logPath: "\(directory)/\(logName).log")
    }

    private func ip(_ host: String, _ arguments: String...) throws(LabCommandError) {
        try shell.run(["ip", "-n", namespace(host)] + arguments)
    }

    private func sysctl(_ host: String, _ settings: String...) throws(LabCommandError) {
        try shell.run(["ip", "netns", "exec", namespace(host), "sysctl", "-qw"] + settings)
    }
}
