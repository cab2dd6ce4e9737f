import Foundation
import Glibc
import Testing
import VigilLab

/// Vigil and Debian's keepalived 2.2.7 as peers, each as master in turn: one master after
/// convergence, and failover both ways (Docs/Keepalived.md §3.19).
@Suite(.enabled(if: IntegrationGate.hasKeepalived, "needs root, VIGIL_NETNS_TESTS=1 and keepalived"), .serialized)
struct KeepalivedInteropTests {
    enum Daemon: String, CaseIterable, Sendable {
        case vigil, keepalived
    }

    /// One way of speaking VRRP that both must agree on.
    struct Variant: Sendable, CustomStringConvertible {
        var description: String
        var vip: String
        var globals: [String]
        var configure: @Sendable (inout InstanceConfig, _ own: String, _ peer: String) -> Void
    }

    static let variants = [
        Variant(description: "VRRPv2 multicast with PASS", vip: "10.99.0.100", globals: []) { instance, _, _ in
            instance.password = "secret12"
        },
        Variant(description: "VRRPv3 unicast", vip: "10.99.0.100", globals: ["vrrp_version 3"]) { instance, own, peer in
            instance.unicastSource = own
            instance.unicastPeers = [peer]
        },
        Variant(description: "VRRPv3 IPv6", vip: "fd99::100", globals: ["vrrp_version 3"]) { instance, _, _ in
            instance.addresses = ["fd99::100/64"]
        },
    ]

    static let cases: [(Variant, Daemon)] = variants.flatMap { variant in Daemon.allCases.map { (variant, $0) } }

    static func config(_ variant: Variant, host: String, priority: Int) -> String {
        let own = host == "lb1" ? "10.99.0.2" : "10.99.0.3"
        let peer = host == "lb1" ? "10.99.0.3" : "10.99.0.2"
        var instance = InstanceConfig(state: priority > 100 ? "MASTER" : "BACKUP", priority: priority)
        variant.configure(&instance, own, peer)
        return InstanceConfig.file(routerID: host, globals: variant.globals, [instance])
    }

    static func start(_ daemon: Daemon, on lab: NamespaceLab, host: String, config: String) throws -> LabProcess {
        switch daemon {
        case .vigil: try lab.startVigil(on: host, config: config)
        case .keepalived: try lab.startKeepalived(on: host, config: config)
        }
    }

    @Test(arguments: cases)
    func oneMasterAfterConvergenceAndFailoverBothWays(variant: Variant, master: Daemon) async throws {
        let backup: Daemon = master == .vigil ? .keepalived : .vigil
        let vip = variant.vip
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        try lab.serveName(on: "lb1")
        try lab.serveName(on: "lb2")
        let masterConfig = Self.config(variant, host: "lb1", priority: 101)
        var lb1 = try Self.start(master, on: lab, host: "lb1", config: masterConfig)
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", vip) }, "\(master) never took the VIP")
        let lb2 = try Self.start(backup, on: lab, host: "lb2", config: Self.config(variant, host: "lb2", priority: 100))
        #expect(await lab.neverHolds("lb2", vip, during: .seconds(5)), "\(backup) became a second master:\n\(lb2.log)")
        #expect(lab.onlyHolder(is: "lb1", of: vip))
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(vip) == "lb1" })

        lb1.signal(SIGTERM)
        #expect(await Eventually.holds(within: .seconds(5)) { lab.onlyHolder(is: "lb2", of: vip) }, "\(lb2.log)")
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(vip) == "lb2" })
        #expect(await lb1.waitForExit(within: .seconds(5)))

        lb1 = try Self.start(master, on: lab, host: "lb1", config: masterConfig)
        #expect(await Eventually.holds(within: .seconds(10)) { lab.onlyHolder(is: "lb1", of: vip) }, "\(lb1.log)")
        #expect(await Eventually.holds(within: .seconds(5)) { lab.clientFetch(vip) == "lb1" })
        #expect(await lab.neverHolds("lb2", vip, during: .seconds(3)))
    }
}
