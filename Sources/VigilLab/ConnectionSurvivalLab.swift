import FoundationEssentials
import Glibc

/// Long-lived TCP connections through a NAT director pair on nftables, across a crash of the master
/// and its return (issue 14 items 3 and 4): seed 000's shape (`NamespaceLab` with two segments: the
/// external VIP and the real servers' gateway, the internal VIP, in one sync group, VRRP v3 at
/// advert_int 0.1), two Vigil directors, an echo server on each real server and one client keeping
/// `connections` connections busy (`StreamLabScripts`): on half of them the client sends a small
/// request every 0.2 s and waits for the reply, on the other half the real server sends a line every
/// 0.2 s and the client only acknowledges, so after a failover their first packet is the real server's.
///
/// `run()` kills the master (SIGKILL, then its links down), lets the backup take over, then brings
/// the first director back as a rebooted host (a fresh namespace: no conntrack, no table, no VIP),
/// which preempts; the client reports each of the two windows (`StreamClientReport`).
/// `destroy()` removes everything; callers run it in `defer`.
public final class ConnectionSurvivalLab: Sendable {
    /// What the client saw across the failover and across the fail-back.
    public struct Outcome: Sendable {
        /// Connections answered before the crash.
        public var ready: Int
        /// From the crash until 3 s after the backup holds both VIPs.
        public var failover: StreamClientReport
        /// From the first director's return until 3 s after it holds both VIPs again.
        public var failback: StreamClientReport
        /// Whether the returning director's table forwarded to both real servers when it was first
        /// seen holding the external VIP (it installs its table before it preempts).
        public var forwardedBeforeTakingTheVIP: Bool
    }

    /// The external VIP, on the clients' segment.
    public static let vip = NamespaceLab.ipv4(100)
    /// The internal VIP, the real servers' default gateway.
    public static let gateway = NamespaceLab.ipv4(1, segment: 1)
    /// The virtual server's port.
    public static let servicePort = 80
    /// The port the real servers' echo servers listen on (the DNAT translates to it).
    public static let realServerPort = 9000
    /// How long each window runs after the new master holds both VIPs: longer than the 2 s a
    /// connection may wait for a reply and still count as surviving.
    public static let settling: Duration = .seconds(3)

    /// The namespaces: lb1, lb2, web1, web2 and the client on two segments.
    public let lab: NamespaceLab
    /// The `vigil` binary the directors run.
    public let vigil: String
    /// Whether the directors run with `--nftables-flow-hash`.
    public let flowHash: Bool
    /// How many connections the client holds.
    public let connections: Int

    /// Builds the namespaces (prefix `vgcs`); `vigil` is the binary the directors run, with
    /// `--nftables-flow-hash` when `flowHash`.
    public init(vigil: String, flowHash: Bool = true, connections: Int = 200) throws(LabCommandError) {
        self.vigil = vigil
        self.flowHash = flowHash
        self.connections = connections
        lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgcs"), webServers: 2, twoSegments: true)
    }

    /// Ends every process and deletes the namespaces (`NamespaceLab.destroy`).
    public func destroy() { lab.destroy() }

    /// The keepalived.conf of director `host` (lb1 or lb2) at `priority`.
    public static func config(_ host: String, priority: Int) -> String {
        let state = priority > 100 ? "MASTER" : "BACKUP"
        func instance(_ name: String, _ interface: String, _ id: Int, _ address: String) -> String {
            """
            vrrp_instance \(name) {
                state \(state)
                interface \(interface)
                virtual_router_id \(id)
                priority \(priority)
                advert_int 0.1
                virtual_ipaddress {
                    \(address)
                }
            }
            """
        }
        let realServers = ["web1", "web2"].indices.map { index in
            """
                real_server \(NamespaceLab.ipv4(11 + index, segment: 1)) \(realServerPort) {
                    weight 1
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            """
        }
        return
            """
            global_defs {
                router_id \(host)
                vrrp_version 3
            }
            vrrp_sync_group VG1 {
                group {
                    EXT
                    INT
                }
            }
            \(instance("EXT", "eth0", 50, vip))
            \(instance("INT", "eth1", 2, gateway))
            virtual_server \(vip) \(servicePort) {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
            \(realServers.joined(separator: "\n"))
            }

            """
    }

    /// Crash, take-over, return and preemption, as the type's summary says.
    public func run() async throws(LabCommandError) -> Outcome {
        let echo = try lab.write("echo.py", StreamLabScripts.echo)
        let clientScript = try lab.write("client.py", StreamLabScripts.client)
        for (index, web) in ["web1", "web2"].enumerated() {
            try lab.start(
                web, ["python3", echo, web, NamespaceLab.ipv4(11 + index, segment: 1), "\(Self.realServerPort)"],
                logName: "echo-\(web)")
        }
        let lb1 = try startDirector("lb1", priority: 150)
        try await expect("lb1 holds both VIPs and forwards to both real servers", within: .seconds(30)) {
            self.holdsBoth("lb1") && self.forwardsToBoth("lb1")
        }
        _ = try startDirector("lb2", priority: 100)
        try await expect("lb2 forwards to both real servers", within: .seconds(30)) { self.forwardsToBoth("lb2") }

        let client = try lab.start(
            "client", ["python3", clientScript, Self.vip, "\(Self.servicePort)", "\(connections)", "0.2", "2"],
            logName: "client")
        var ready = 0
        try await expect("every connection answered", within: .seconds(40)) {
            guard let line = Self.lines(client.log).first, let value = Self.ready(line) else { return false }
            ready = value
            return true
        }
        _ = try await mark(client, window: 0)

        // The master dies: SIGKILL, then its links go down (the VIPs and table it leaves carry nothing).
        await lb1.crash()
        try lab.inside("lb1", "ip", "link", "set", "eth0", "down")
        try lab.inside("lb1", "ip", "link", "set", "eth1", "down")
        try await expect("lb2 takes both VIPs", within: .seconds(15)) { self.holdsBoth("lb2") }
        try? await Task.sleep(for: Self.settling)
        let failover = try await mark(client, window: 1)

        // It comes back as a rebooted host and preempts.
        try lab.rebuild("lb1")
        _ = try startDirector("lb1", priority: 150)
        var forwardedFirst: Bool?
        try await expect("lb1 takes both VIPs back", within: .seconds(30)) {
            if forwardedFirst == nil {
                let forwards = self.forwardsToBoth("lb1")
                if self.lab.holds("lb1", Self.vip) { forwardedFirst = forwards }
            }
            return self.holdsBoth("lb1") && !self.lab.holds("lb2", Self.vip) && !self.lab.holds("lb2", Self.gateway)
        }
        try? await Task.sleep(for: Self.settling)
        let failback = try await mark(client, window: 2)
        client.stop(grace: .seconds(2))
        return Outcome(
            ready: ready, failover: failover, failback: failback, forwardedBeforeTakingTheVIP: forwardedFirst == true)
    }

    private func startDirector(_ host: String, priority: Int) throws(LabCommandError) -> LabProcess {
        let run = lab.processes.count
        let path = try lab.write("\(host)-\(run).conf", Self.config(host, priority: priority))
        let base = "\(lab.directory)/\(host)-\(run)"
        return try lab.start(
            host,
            [vigil, "-f", path, "-n", "-l", "-D", "-p", "\(base).pid", "-r", "\(base)-vrrp.pid", "-c",
             "\(base)-checkers.pid", "--data-file", "\(base).data", "--stats-file", "\(base).stats",
             "--status-socket", "\(base).sock"] + (flowHash ? ["--nftables-flow-hash"] : []),
            logName: "vigil-\(host)-\(run)")
    }

    private func holdsBoth(_ host: String) -> Bool {
        lab.holds(host, Self.vip) && lab.holds(host, Self.gateway)
    }

    private func forwardsToBoth(_ host: String) -> Bool {
        let table = lab.attempt(host, ["nft", "list", "table", "inet", "vigil"]).output
        return (11...12).allSatisfy { table.contains(NamespaceLab.ipv4($0, segment: 1)) }
    }

    /// Sends the client SIGUSR1 and reads the report it prints for `window`.
    private func mark(_ client: LabProcess, window: Int) async throws(LabCommandError) -> StreamClientReport {
        client.signal(SIGUSR1)
        var report: StreamClientReport?
        try await expect("the client reports window \(window)", within: .seconds(10)) {
            report = Self.lines(client.log).compactMap(Self.report).first { $0.window == window }
            return report != nil
        }
        guard let report else { throw LabCommandError(command: ["report", "\(window)"], status: -1, output: "") }
        return report
    }

    private func expect(_ what: String, within deadline: Duration, _ condition: () async -> Bool)
        async throws(LabCommandError)
    {
        guard await LabWait.eventually(within: deadline, every: .milliseconds(50), condition) else {
            throw LabCommandError(command: ["wait", what], status: -1, output: "timed out; logs in \(lab.directory)")
        }
    }

    private static func lines(_ log: String) -> [Substring] {
        log.split(separator: "\n").filter { $0.hasPrefix("{") }
    }

    private static func ready(_ line: Substring) -> Int? {
        struct Ready: Decodable { var ready: Int }
        return try? JSONDecoder().decode(Ready.self, from: Data(line.utf8)).ready
    }

    private static func report(_ line: Substring) -> StreamClientReport? {
        try? JSONDecoder().decode(StreamClientReport.self, from: Data(line.utf8))
    }
}
