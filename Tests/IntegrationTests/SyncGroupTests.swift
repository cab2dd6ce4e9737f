import Foundation
import Glibc
import Testing
import VigilLab

/// Seed 000's topology: a NAT load balancer with a public and an internal VIP in one sync group,
/// on two segments; the backends' gateway is the internal VIP.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct SyncGroupTests {
    static let external = "10.99.0.100"
    static let `internal` = "10.99.1.1"

    static func config(_ host: String, priority: Int) -> String {
        let state = priority > 100 ? "MASTER" : "BACKUP"
        let ext = InstanceConfig(
            name: "RH_EXT", state: state, interface: "eth0", virtualRouterID: 50, priority: priority,
            password: "password123", addresses: [external], trackInterfaces: ["eth0"])
        let int = InstanceConfig(
            name: "RH_INT", state: state, interface: "eth1", virtualRouterID: 2, priority: priority,
            password: "password123", addresses: [Self.internal], trackInterfaces: ["eth1"])
        let group = ["vrrp_sync_group VG1 {", "    group {", "        RH_EXT", "        RH_INT", "    }", "}"]
        return InstanceConfig.file(routerID: host, preamble: group, [ext, int])
    }

    func bothVIPs(on host: String, _ lab: NamespaceLab) -> Bool {
        lab.onlyHolder(is: host, of: Self.external) && lab.onlyHolder(is: host, of: Self.internal)
    }

    @Test func theExternalAndInternalVIPsMoveTogether() async throws {
        let lab = try NamespaceLab.build(twoSegments: true)
        defer { lab.destroy() }
        try lab.serveName(on: "lb1")
        try lab.serveName(on: "lb2")
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101))
        try #require(await Eventually.holds(within: .seconds(10)) { bothVIPs(on: "lb1", lab) }, "\(lb1.log)")
        let lb2 = try lab.startVigil(on: "lb2", config: Self.config("lb2", priority: 100))
        #expect(await lab.neverHolds("lb2", Self.external, during: .seconds(5)))
        #expect(bothVIPs(on: "lb1", lab))
        #expect(lab.attempt("web1", ["ping", "-c", "1", "-W", "1", Self.internal]).status == 0)

        // Only the internal link fails; the group takes the external VIP along.
        try lab.inside("lb1", "ip", "link", "set", "eth1", "down")
        #expect(await Eventually.holds(within: .seconds(10)) { bothVIPs(on: "lb2", lab) }, "\(lb2.log)")
        #expect(lb1.log.contains("(RH_EXT) Entering FAULT STATE"))
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.external) == "lb2" })
        #expect(await Eventually.holds(within: .seconds(5)) {
            lab.attempt("web1", ["ping", "-c", "1", "-W", "1", Self.internal]).status == 0
        })

        try lab.inside("lb1", "ip", "link", "set", "eth1", "up")
        #expect(await Eventually.holds(within: .seconds(12)) { bothVIPs(on: "lb1", lab) }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(Self.external) == "lb1" })
    }
}
