import Foundation
import Glibc
import Testing
import VigilLab

/// Virtual servers through SIGHUP, on the nftables data plane: the first one added to a daemon that
/// started without any, a second one added and changed, both removed (the last one included); an
/// unchanged real server keeps its check state (a DOWN one is not put back), and a reload that changes
/// no virtual server changes nothing in nftables (`nft monitor` in the director's namespace counts
/// every change). A reload that does change one replaces the table in one transaction, the unchanged
/// services' rules included (NFTablesDataPlane's design; Docs/Compatibility.md, "Reload").
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VirtualServerReloadTests {
    static func service(port: Int, weight: Int = 1, _ realServers: [String]) -> String {
        let servers = realServers.map { address in
            """
                real_server \(address) 8080 {
                    weight \(weight)
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }

            """
        }.joined()
        return """
            virtual_server 10.202.0.100 \(port) {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
            \(servers)}

            """
    }

    /// The director's configuration: one VRRP instance on the client side (as a director in a pair has),
    /// then `services`.
    static func config(_ services: String...) -> String {
        let instance = InstanceConfig.file(
            routerID: "director",
            [InstanceConfig(state: "MASTER", interface: "c0", virtualRouterID: 52, priority: 150, addresses: ["10.202.0.150/24"])])
        return instance + services.joined()
    }

    /// The changes `nft monitor` has printed so far (one a line).
    static func changes(_ monitor: LabProcess) -> [String] {
        monitor.log.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    @Test func addingChangingAndRemovingVirtualServersBySIGHUP() async throws {
        let lab = try DirectorLab(backendNames: ["web1", "web2"], serving: true)
        defer { lab.tearDown() }
        let directory = "/tmp/vigil-vsreload-\(lab.prefix)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/director.conf"
        func write(_ text: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        try write(Self.config())
        let monitor = try lab.shell.start(
            ["ip", "netns", "exec", lab.director, "nft", "monitor"],
            logPath: "\(directory)/monitor.log")
        defer { monitor.stop() }
        let daemon = try lab.shell.start(
            ["ip", "netns", "exec", lab.director, "env", "VIGIL_DATAPLANE=nftables", IntegrationGate.vigilBinary,
             "-f", path, "-n", "-l", "-D", "-p", "\(directory)/vigil.pid", "-r", "\(directory)/vrrp.pid",
             "-c", "\(directory)/checkers.pid", "--status-socket", "\(directory)/vigil.sock"],
            logPath: "\(directory)/vigil.log")
        defer { daemon.stop() }
        try #require(
            try await lab.waitUntil(deadline: .seconds(10)) { daemon.log.contains("(VI_1) Entering MASTER STATE") },
            "\(daemon.log)")
        #expect(await lab.listTable() == nil, "no virtual server, no table")

        // The first virtual server, by SIGHUP.
        try write(Self.config(Self.service(port: 80, ["10.202.1.2", "10.202.2.2"])))
        daemon.signal(SIGHUP)
        #expect(
            try await lab.waitUntil(deadline: .seconds(10)) { Set(await lab.requestVIP(times: 4)) == ["web1", "web2"] },
            "\(daemon.log)")

        // web2 goes DOWN; a reload that changes no virtual server keeps it out and changes nothing in nftables.
        lab.stop("web2")
        #expect(
            try await lab.waitUntil(deadline: .seconds(6)) { !(await lab.listTable() ?? "10.202.2.2").contains("10.202.2.2") })
        let settled = Self.changes(monitor).count
        #expect(Self.changes(monitor).contains { $0.hasPrefix("add table inet vigil") }, "nft monitor saw the table come")
        try write(Self.config(Self.service(port: 80, ["10.202.1.2", "10.202.2.2"])) + "# comment\n")
        daemon.signal(SIGHUP)
        #expect(try await lab.waitUntil(deadline: .seconds(5)) { daemon.log.components(separatedBy: "Reloading configuration").count == 3 })
        // For a second and a half (more than a delay_loop): not one nftables change, web2 still out.
        let changed = await Eventually.holds(within: .milliseconds(1500), every: .milliseconds(100)) {
            Self.changes(monitor).count != settled
        }
        #expect(!changed, "\(Self.changes(monitor).dropFirst(settled))")
        #expect(!(await lab.listTable() ?? "10.202.2.2").contains("10.202.2.2"))

        // A second virtual server: web2 stays DOWN in the first (its checker kept its state).
        try write(Self.config(Self.service(port: 80, ["10.202.1.2", "10.202.2.2"]), Self.service(port: 81, ["10.202.1.2"])))
        daemon.signal(SIGHUP)
        #expect(try await lab.waitUntil(deadline: .seconds(5)) { (await lab.listTable() ?? "").contains("dport 81") })
        #expect(await lab.fetch(from: lab.client, url: "http://10.202.0.100:81/whoami") == "web1")
        #expect(!(await lab.listTable() ?? "10.202.2.2").contains("10.202.2.2"))

        // Changed (a real server added to the second), then both removed: the last one takes the table with it.
        try write(
            Self.config(
                Self.service(port: 80, ["10.202.1.2", "10.202.2.2"]), Self.service(port: 81, ["10.202.1.2", "10.202.2.2"])))
        daemon.signal(SIGHUP)
        #expect(try await lab.waitUntil(deadline: .seconds(5)) { daemon.log.components(separatedBy: "Reloading configuration").count == 5 })
        try write(Self.config())
        daemon.signal(SIGHUP)
        #expect(try await lab.waitUntil(deadline: .seconds(10)) { !((await lab.listTable()) ?? "").contains("dport") }, "\(daemon.log)")
        #expect(await lab.fetch(from: lab.client, url: "http://10.202.0.100/whoami") == nil)
        daemon.signal(SIGTERM)
        #expect(await daemon.waitForExit(within: .seconds(10)))
        #expect(daemon.reap() == .exited(0))
    }
}
