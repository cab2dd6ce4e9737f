import Foundation
import Glibc
import Testing
import VigilLab

/// BGP mode (issue 16): three directors, each Vigil driving its own BIRD 2 through `vigil_bgp`,
/// announce the VIP to a BIRD router with ECMP and BFD; two DR real servers; one client holding many
/// TCP connections. Checks that the flows spread over all three directors, that a director's crash
/// (Vigil and BIRD killed) takes its next hop away within BFD's detection time while established
/// connections keep working (the directors share the nftables DR path's rendezvous hash), and that a
/// director withdraws the VIP when its virtual server loses quorum, its tracked script fails or its
/// Vigil stops.
/// `VIGIL_BGP_FLOWS` sets the number of connections (scripts/bench-bgp); the figures are printed.
@Suite(
    .enabled(
        if: IntegrationGate.isOpen && FileManager.default.isExecutableFile(atPath: "/usr/sbin/bird"),
        "needs root, VIGIL_NETNS_TESTS=1 and BIRD 2 (scripts/install-deps.sh)"),
    .serialized)
struct ECMPTests {
    struct Flow: Decodable {
        var port: Int
        var servers: [String]
        var gap: Double
        var alive: Bool
    }

    static var flowCount: Int {
        ProcessInfo.processInfo.environment["VIGIL_BGP_FLOWS"].flatMap { Int($0) } ?? 60
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    @Test func threeDirectorsShareTheVIPSurviveACrashAndWithdrawWhenUnhealthy() async throws {
        let lab = ECMPLab()
        try lab.up(vigil: IntegrationGate.vigilBinary)
        defer { lab.destroy() }
        let all = (1...3).map { ECMPLab.directorAddress($0) }
        let announced = await LabWait.eventually(within: .seconds(30)) { lab.nextHops() == all }
        try #require(announced, "router next hops: \(lab.nextHops())")
        try lab.installCounters()

        // Flows spread over the three directors.
        let count = Self.flowCount
        let client = try lab.startFlows(count, seconds: 60)
        let ready = await LabWait.eventually(within: .seconds(15)) { lab.read(client.logPath).contains("ready") }
        try #require(ready, "flow client: \(lab.read(client.logPath))")
        let warm = await LabWait.eventually(within: .seconds(10)) {
            lab.counts().values.map(\.packets).reduce(0, +) >= count * 20
        }
        #expect(warm)
        let before = lab.counts()
        let connections = before.values.map(\.connections).reduce(0, +)
        #expect(connections >= count)
        let shares = lab.directorNames.map { name in Double(before[name]?.connections ?? 0) / Double(max(1, connections)) }
        print(
            "ECMP: \(count) flows, connections (SYNs, retransmitted ones included) per director "
                + "\(lab.directorNames.map { before[$0]?.connections ?? 0 }), packets per director before the crash "
                + "\(lab.directorNames.map { before[$0]?.packets ?? 0 })")
        for share in shares { #expect(share > 0.1, "share per director: \(shares)") }

        // d1 dies (its link goes silent, Vigil and BIRD are killed): the router drops it within BFD's
        // detection time (3 x 100 ms). VIGIL_BGP_CRASH=process keeps the link, so BIRD's socket closes.
        let cutsLink = ProcessInfo.processInfo.environment["VIGIL_BGP_CRASH"] != "process"
        let crashed = ContinuousClock.now
        lab.crash("d1", cuttingLink: cutsLink)
        let dropped = await LabWait.eventually(within: .seconds(5), every: .milliseconds(5)) {
            lab.nextHops() == Array(all.dropFirst())
        }
        let routeGap = ContinuousClock.now - crashed
        #expect(dropped, "router next hops after the crash: \(lab.nextHops())")
        print("ECMP: next hop of the crashed director (\(cutsLink ? "link cut" : "processes killed")) removed after \(Self.seconds(routeGap)) s")
        // Every flow's answers go on through the survivors: wait for ~2 s of traffic on them.
        let survivorsBefore = (before["d2"]?.packets ?? 0) + (before["d3"]?.packets ?? 0)
        _ = await LabWait.eventually(within: .seconds(10)) {
            let now = lab.counts()
            return (now["d2"]?.packets ?? 0) + (now["d3"]?.packets ?? 0) >= survivorsBefore + count * 100
        }
        _ = try lab.write("flows.stop", "")
        let finished = await client.waitForExit(within: .seconds(10))
        try #require(finished)
        let report = lab.read(client.logPath).split(separator: "\n").last.map(String.init) ?? ""
        let flows = try JSONDecoder().decode([Flow].self, from: Data(report.utf8))
        let after = lab.counts()
        let alive = flows.filter(\.alive).count
        let moved = flows.filter { $0.servers.count > 1 }.count
        let gaps = flows.map(\.gap).sorted()
        let packetsAfter = lab.directorNames.map { (after[$0]?.packets ?? 0) - (before[$0]?.packets ?? 0) }
        print(
            "ECMP: after the crash \(alive)/\(flows.count) connections still work, \(moved) changed real server; "
                + "client-seen gap: max \(gaps.last ?? 0) s, median \(gaps[gaps.count / 2]) s; "
                + "packets per director since the crash \(packetsAfter)")
        #expect(Double(routeGap.components.seconds) < 2, "BFD detection is 0.3 s; the host may be loaded")
        #expect(alive == flows.count)
        #expect(moved == 0)
        #expect((gaps.last ?? 99) < 5)

        // d3's virtual server loses quorum (its checks to the real servers are dropped): withdrawn.
        let block = try lab.write(
            "block.nft",
            "table inet vgblock {\n chain out {\n type filter hook output priority 0;\n tcp dport 80 drop\n }\n}\n")
        try lab.inside("d3", ["nft", "-f", block])
        let quorumLost = ContinuousClock.now
        let withdrawn = await LabWait.eventually(within: .seconds(15)) { lab.nextHops() == [all[1]] }
        #expect(withdrawn, "after d3 lost quorum: \(lab.nextHops())")
        print("ECMP: d3 withdrawn \(Self.seconds(ContinuousClock.now - quorumLost)) s after its checks began to fail")
        try lab.inside("d3", ["nft", "delete", "table", "inet", "vgblock"])
        let back = await LabWait.eventually(within: .seconds(15)) { lab.nextHops() == Array(all.dropFirst()) }
        #expect(back, "after d3 regained quorum: \(lab.nextHops())")

        // d2's tracked script fails: withdrawn, then announced again when it passes.
        _ = try lab.write("d2.down", "")
        let scriptWithdrawn = await LabWait.eventually(within: .seconds(10)) { lab.nextHops() == [all[2]] }
        #expect(scriptWithdrawn, "after d2's script failed: \(lab.nextHops())")
        try FileManager.default.removeItem(atPath: lab.downFile("d2"))
        let scriptBack = await LabWait.eventually(within: .seconds(10)) { lab.nextHops() == Array(all.dropFirst()) }
        #expect(scriptBack, "after d2's script passed: \(lab.nextHops())")

        // An orderly stop of d3's Vigil withdraws the VIP through the BIRD that keeps running.
        lab.stopVigil("d3")
        let stopped = await LabWait.eventually(within: .seconds(10)) { lab.nextHops() == [all[1]] }
        #expect(stopped, "after d3's Vigil stopped: \(lab.nextHops())")
    }
}
