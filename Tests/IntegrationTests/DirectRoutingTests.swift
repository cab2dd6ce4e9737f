import Foundation
import Glibc
import Testing
import VigilLab

/// Seed 001's deployment on a kernel without IPVS: one segment, two Vigil directors (VRRP over
/// unicast, the VIP, a `lb_kind DR` virtual server with `wlc` and `persistence_timeout`, TCP_CHECK),
/// two DR real servers holding the VIP on lo (arp_ignore 1, arp_announce 2), several clients. The
/// nftables data plane's netdev table forwards each client's packets unchanged to a real server,
/// which answers the client directly.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct DirectRoutingTests {
    static let vip = "10.99.0.100"
    static let vip6 = "fd99::100"
    static let clients = (51...56).map { NamespaceLab.ipv4($0) }

    /// Seed 001's keepalived.conf with the lab's addresses and a one-second check loop.
    static func config(_ host: String, state: String, priority: Int, source: String, peer: String) -> String {
        var instance = InstanceConfig(state: state, priority: priority, password: "1111")
        instance.addresses = [vip]
        instance.unicastSource = source
        instance.unicastPeers = [peer]
        let realServers = ["web1", "web2"].enumerated().map { index, _ in
            """
             real_server \(NamespaceLab.ipv4(11 + index)) 80 {
             weight 100
             TCP_CHECK {
             connect_timeout 1
             }
             }
            """
        }
        let virtualServer =
            ["virtual_server \(vip) 80 {", " delay_loop 1", " lb_algo wlc", " lb_kind DR", " persistence_timeout 600",
             " protocol TCP"] + realServers + ["}"]
        // The same service over IPv6 (`fwd ip6 to`), its VIP moving with the instance.
        instance.extraLines = ["virtual_ipaddress_excluded {", "    \(vip6)", "}"]
        let virtualServer6 =
            ["virtual_server \(vip6) 80 {", " delay_loop 1", " lb_algo rr", " lb_kind DR", " protocol TCP"]
            + ["web1", "web2"].enumerated().map { index, _ in
                " real_server \(NamespaceLab.ipv6(11 + index)) 80 {\n TCP_CHECK {\n connect_timeout 1\n }\n }"
            } + ["}"]
        return InstanceConfig.file(routerID: host, [instance]) + (virtualServer + virtualServer6).joined(separator: "\n")
            + "\n"
    }

    /// The real server `host`: VIP on lo, ARP for it left to the director, an HTTP server naming it.
    static func realServer(_ lab: NamespaceLab, _ host: String) throws -> LabProcess {
        try lab.inside(host, "ip", "addr", "add", "\(vip)/32", "dev", "lo")
        try lab.inside(host, "ip", "-6", "addr", "add", "\(vip6)/128", "dev", "lo")
        try lab.inside(
            host, "sysctl", "-qw", "net.ipv4.conf.all.arp_ignore=1", "net.ipv4.conf.all.arp_announce=2",
            "net.ipv4.conf.eth0.arp_ignore=1", "net.ipv4.conf.eth0.arp_announce=2")
        return try lab.serveName(on: host)
    }

    /// What the real server answering `client`'s request to the VIP calls itself; nil on failure.
    static func fetch(_ lab: NamespaceLab, from client: String) -> String? {
        let (status, output) = lab.attempt(
            "client", ["curl", "-s", "-m", "1", "--interface", client, "http://\(vip)/"])
        return status == 0 ? output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    /// What the real server answering one IPv6 request to the VIP calls itself; nil on failure.
    static func fetch6(_ lab: NamespaceLab) -> String? {
        let (status, output) = lab.attempt("client", ["curl", "-s", "-g", "-m", "1", "http://[\(vip6)]/"])
        return status == 0 ? output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    static func directTable(_ lab: NamespaceLab, _ host: String) -> String {
        lab.attempt(host, ["nft", "list", "table", "netdev", "vigil"]).output
    }

    @Test func seed001ForwardsEveryClientToALiveRealServerAndMovesWithTheVIP() async throws {
        let lab = try NamespaceLab.build(webServers: 2)
        defer { lab.destroy() }
        for client in Self.clients { try lab.inside("client", "ip", "addr", "add", "\(client)/24", "dev", "eth0") }
        var servers = ["web1": try Self.realServer(lab, "web1"), "web2": try Self.realServer(lab, "web2")]
        let lb1Address = NamespaceLab.ipv4(2)
        let lb2Address = NamespaceLab.ipv4(3)
        let lb1 = try lab.startVigil(
            on: "lb1", config: Self.config("lb1", state: "MASTER", priority: 100, source: lb1Address, peer: lb2Address))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "lb1 never took the VIP")
        let lb2 = try lab.startVigil(
            on: "lb2", config: Self.config("lb2", state: "BACKUP", priority: 99, source: lb2Address, peer: lb1Address))
        try #require(
            await Eventually.holds(within: .seconds(10)) {
                ["lb1", "lb2"].allSatisfy { Self.directTable(lab, $0).contains("fwd ip to 10.99.0.12") }
                    && ["fwd ip to 10.99.0.11", ": fd99::11", ": fd99::12"].allSatisfy {
                        Self.directTable(lab, "lb1").contains($0)
                    }
            }, "the directors never forwarded to both real servers")
        #expect(lb1.log.contains("Data plane: nftables"))
        #expect(!lb1.log.contains("cannot express"), "\(lb1.log)")

        // Every client is answered, by one real server each time (persistence), and both carry traffic.
        var chosen: [String: String] = [:]
        for client in Self.clients {
            let answers = (0..<3).map { _ in Self.fetch(lab, from: client) }
            #expect(answers.allSatisfy { $0 != nil && $0 == answers[0] }, "\(client) was answered \(answers)")
            chosen[client] = answers[0] ?? "none"
        }
        #expect(Set(chosen.values) == ["web1", "web2"], "\(chosen)")
        #expect(await Eventually.holds(within: .seconds(5)) { Self.fetch6(lab) != nil })
        let answers6 = (0..<12).map { _ in Self.fetch6(lab) }
        #expect(Set(answers6) == ["web1", "web2"], "IPv6 answers: \(answers6)")
        let remembered = Self.directTable(lab, "lb1")
        #expect(Self.clients.allSatisfy { remembered.contains($0) }, "\(remembered)")
        let onWeb1 = Self.clients.filter { chosen[$0] == "web1" }

        // A stopped real server leaves within the check's timing; its clients move to the other.
        servers["web1"]?.signal(SIGKILL)
        let left = await Eventually.elapsed(within: .seconds(8)) {
            !Self.directTable(lab, "lb1").contains("fwd ip to 10.99.0.11")
        }
        #expect(left.map { $0 < .seconds(4) } == true, "web1 left after \(String(describing: left))")
        // Its IPv6 address leaves too; a client first seen while a table is being replaced would be
        // forgotten by the new table (Docs/Compatibility.md), so wait for both before asking.
        #expect(await Eventually.holds(within: .seconds(8)) { !Self.directTable(lab, "lb1").contains("fd99::11") })
        for client in onWeb1 { #expect(Self.fetch(lab, from: client) == "web2") }

        // Restarted, it returns; clients that moved stay where persistence put them, new ones reach it.
        servers["web1"] = try lab.serveName(on: "web1")
        #expect(await Eventually.holds(within: .seconds(6)) {
            Self.directTable(lab, "lb1").contains("fwd ip to 10.99.0.11")
        })
        let carried = Self.directTable(lab, "lb1")
        #expect(onWeb1.allSatisfy { carried.contains($0) }, "the new table forgot the moved clients: \(carried)")
        for client in onWeb1 { #expect(Self.fetch(lab, from: client) == "web2") }
        let newcomers = (61...64).map { NamespaceLab.ipv4($0) }
        for client in newcomers { try lab.inside("client", "ip", "addr", "add", "\(client)/24", "dev", "eth0") }
        #expect(newcomers.map { Self.fetch(lab, from: $0) }.contains("web1"))

        // VRRP failover: lb1 stops (priority 0, table removed), lb2 takes the VIP and the DR service.
        lb1.signal(SIGTERM)
        #expect(await Eventually.holds(within: .seconds(5)) { lab.onlyHolder(is: "lb2", of: Self.vip) })
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(!lab.attempt("lb1", ["nft", "list", "tables"]).output.contains("netdev vigil"))
        #expect(await Eventually.holds(within: .seconds(5)) {
            (Self.clients + newcomers).allSatisfy { Self.fetch(lab, from: $0) != nil }
        })
        #expect(lb2.log.contains("(VI_1) Entering MASTER STATE"))
    }
}
