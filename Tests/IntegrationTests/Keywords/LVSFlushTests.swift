import Foundation
import Glibc
import Testing
import VigilLab

/// `lvs_flush`, `lvs_flush_on_stop` and `lvs_timeouts` on the nftables data plane (Docs/Keepalived.md
/// §4.4): the flushes act on the tables vigil owns, never on another program's; `-I` keeps the table
/// whatever `lvs_flush_on_stop` says, as in keepalived; `lvs_timeouts` is logged as not supported.
/// The same keywords on IPVS, where they flush services vigil never added and set the kernel's
/// timeouts, run in the IPVS guest (scripts/ipvs-vm/daemon-lvs-globals.sh).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct LVSFlushTests {
    static let vip = "10.99.0.100"

    static func config() -> String {
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = []
        let service = [
            "virtual_server \(vip) 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP",
            "    real_server \(NamespaceLab.ipv4(11)) 80 {", "        weight 1", "    }", "}",
        ]
        return InstanceConfig.file(
            routerID: "lb1", globals: ["lvs_flush", "lvs_flush_on_stop", "lvs_timeouts tcp 1234 tcpfin 56 udp 78"],
            preamble: service, [instance])
    }

    /// `vigil -f CONF -n -l` in lb1 with the lab's files, plus `extra` flags.
    static func start(_ lab: NamespaceLab, run: Int, extra: [String] = []) throws -> LabProcess {
        let path = try lab.write("lb1-flush-\(run).conf", config())
        let base = "\(lab.directory)/lb1-\(run)"
        return try lab.start(
            "lb1",
            [IntegrationGate.vigilBinary, "-f", path, "-n", "-l", "-p", "\(base).pid", "-r", "\(base)-vrrp.pid", "-c",
                "\(base)-checkers.pid", "--status-socket", "\(base).sock"] + extra,
            logName: "vigil-lb1-flush-\(run)")
    }

    static func tables(_ lab: NamespaceLab) -> String { lab.attempt("lb1", ["nft", "list", "ruleset"]).output }

    @Test func theFlushesActOnVigilsTablesAndMinusIKeepsThem() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        // What a previous `vigil -I` left, and a table of another program's.
        let leftover = "table inet vigil {\n\tchain leftover {\n\t}\n}\ntable inet other {\n\tchain keep {\n\t}\n}\n"
        _ = try lab.shell.run(["ip", "netns", "exec", lab.namespace("lb1"), "nft", "-f", try lab.write("left.nft", leftover)])
        let first = try Self.start(lab, run: 1)
        try #require(
            await Eventually.holds(within: .seconds(10)) { Self.tables(lab).contains("dnat") }, "\(first.log)")
        #expect(first.log.contains("lvs_flush: flushed the nftables virtual servers"), "\(first.log)")
        #expect(!Self.tables(lab).contains("leftover"), "lvs_flush left the previous run's table")
        #expect(first.log.contains("lvs_timeouts: not supported on the nftables data plane"), "\(first.log)")
        first.signal(SIGTERM)
        #expect(await first.waitForExit(within: .seconds(10)))
        #expect(!Self.tables(lab).contains("table inet vigil"), "lvs_flush_on_stop left vigil's table")
        #expect(Self.tables(lab).contains("table inet other"), "a flush removed another program's table")

        // -I: the table stays at stop, lvs_flush_on_stop or not.
        let second = try Self.start(lab, run: 2, extra: ["-I"])
        try #require(
            await Eventually.holds(within: .seconds(10)) { Self.tables(lab).contains("dnat") }, "\(second.log)")
        second.signal(SIGTERM)
        #expect(await second.waitForExit(within: .seconds(10)))
        #expect(Self.tables(lab).contains("table inet vigil"), "-I did not keep the table")
    }
}
