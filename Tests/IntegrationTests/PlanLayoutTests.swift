import Foundation
import Testing
import VigilLab

/// `vigil plan`'s keepalived.conf files, run for real: keepalived 2.2.7 and `vigil -t` accept them,
/// and three Vigil nodes on a bridge hold seed 002's six VIPs two each; when one node dies its two
/// VIPs land on the two survivors, one each (Docs/ScaleOut.md).
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct PlanLayoutTests {
    static let nodes = ["lb1", "lb2", "lb3"]

    /// Runs `vigil plan` for the lab's three directors into `directory`; returns each node's file.
    static func plan(into directory: String, extra: [String] = []) throws -> [String: String] {
        var arguments = [
            IntegrationGate.vigilBinary, "plan", "--first-vip", "10.99.0.100/24", "--total-load", "1.5",
            "--capacity", "1", "--tolerate", "1", "-o", directory,
        ]
        for (index, node) in nodes.enumerated() {
            arguments += ["--node", "\(node):eth0:\(NamespaceLab.ipv4(index + 2))"]
        }
        let (status, output) = try LabShell().runStatus(arguments + extra)
        try #require(status == 0, "\(output)")
        #expect(output.contains("Fits: every VIP has a master"), "\(output)")
        var files: [String: String] = [:]
        for node in nodes {
            files[node] = try String(contentsOfFile: "\(directory)/\(node)/keepalived.conf", encoding: .utf8)
        }
        return files
    }

    /// Each instance's VIP and this node's priority for it, read back from a generated file.
    static func instances(_ config: String) -> [String: (vip: String, priority: Int)] {
        var result: [String: (vip: String, priority: Int)] = [:]
        var name = ""
        var priority = 0
        var inAddresses = false
        for line in config.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let words = line.split(separator: " ").map(String.init)
            if words.first == "vrrp_instance" { name = words[1] }
            if words.first == "priority" { priority = Int(words[1]) ?? 0 }
            if inAddresses, line != "}" { result[name] = (String(line.prefix { $0 != "/" }), priority) }
            inAddresses = words.first == "virtual_ipaddress"
        }
        return result
    }

    @Test(.enabled(if: IntegrationGate.hasKeepalived, "keepalived 2.2.7 is not installed: skipped"))
    func keepalivedAndVigilAcceptEveryGeneratedConfiguration() throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgpl"), directors: 3)
        defer { lab.destroy() }
        for (variant, extra) in [("multicast", []), ("unicast", ["--unicast", "--vips", "4"])] {
            let files = try Self.plan(into: "\(lab.directory)/\(variant)", extra: extra)
            for node in Self.nodes {
                let path = "\(lab.directory)/\(variant)/\(node)/keepalived.conf"
                let keepalived = lab.attempt(node, ["/usr/sbin/keepalived", "-t", "-l", "-n", "-f", path])
                #expect(keepalived.status == 0, "keepalived -t \(variant) \(node): \(keepalived.output)")
                #expect(!keepalived.output.contains("WARNING"), "\(keepalived.output)")
                let vigil = lab.attempt(node, [IntegrationGate.vigilBinary, "-t", "-f", path])
                #expect(vigil.status == 0 && vigil.output.isEmpty, "vigil -t \(variant) \(node): \(vigil.output)")
                #expect(Self.instances(files[node] ?? "").count == (variant == "unicast" ? 4 : 6))
            }
        }
    }

    @Test func aPlanThatDoesNotFitExitsTwoSaysWhyAndWritesNothing() throws {
        let directory = "/tmp/vigil-plan-\(NamespaceLab.randomPrefix("vgpl"))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var arguments = [
            IntegrationGate.vigilBinary, "plan", "--first-vip", "10.99.0.100/24", "--total-load", "1.5",
            "--capacity", "700M", "-o", directory,
        ]
        for (index, node) in Self.nodes.enumerated() { arguments += ["--node", "\(node):eth0:10.99.0.\(index + 2)"] }
        let (status, output) = try LabShell().runStatus(arguments)
        #expect(status == 2, "\(output)")
        #expect(
            output.contains(
                "No layout fits: after lb1 fails, lb2 holds 3 VIPs (0.75 Gbit/s), over its link of 0.7 Gbit/s."))
        #expect(output.contains("Any layout would: 6 VIPs on 2 survivors put at least 3 on one of them."))
        #expect(!FileManager.default.fileExists(atPath: directory))
        let (usage, message) = try LabShell().runStatus([IntegrationGate.vigilBinary, "plan", "--node", "lb1:eth0"])
        #expect(usage == 1 && message.contains("expected NAME:INTERFACE:ADDRESS"), "\(message)")
    }

    @Test func threeNodesHoldTwoVIPsEachAndADeadNodesVIPsLandOnDifferentSurvivors() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgpl"), directors: 3)
        defer { lab.destroy() }
        let files = try Self.plan(into: "\(lab.directory)/plan")
        let table = Self.nodes.map { Self.instances(files[$0] ?? "") }
        let names = table[0].keys.sorted()
        try #require(names.count == 6)
        // The holder of an instance among `alive`: the highest priority there.
        let holder = { (name: String, alive: [Int]) in
            alive.max { table[$0][name]!.priority < table[$1][name]!.priority }!
        }
        var processes: [LabProcess] = []
        for node in Self.nodes { processes.append(try lab.startVigil(on: node, config: files[node] ?? "")) }
        let all = [0, 1, 2]
        let converged = await Eventually.holds(within: .seconds(15)) {
            names.allSatisfy { name in
                all.allSatisfy { lab.holds(Self.nodes[$0], table[0][name]!.vip) == ($0 == holder(name, all)) }
            }
        }
        try #require(converged, "the six VIPs never settled on their masters")
        #expect(all.map { node in names.filter { holder($0, all) == node }.count } == [2, 2, 2])

        let survivors = [1, 2]
        let orphans = names.filter { holder($0, all) == 0 }
        let landing = orphans.map { holder($0, survivors) }
        #expect(Set(landing).count == 2, "the dead node's two VIPs land on different survivors: \(landing)")
        await processes[0].crash()
        // Master_Down_Interval of the second place (priority 110, advert_int 1) is 3 s + (256 - 110) / 256 s,
        // counted from the last advert heard, which left the dead node up to 1 s before the crash.
        let takeover = await Eventually.elapsed(within: .seconds(10)) {
            zip(orphans, landing).allSatisfy { lab.holds(Self.nodes[$1], table[0][$0]!.vip) }
        }
        print("PlanLayoutTests: the dead node's VIPs were up on the survivors \(takeover.map { "\($0)" } ?? "never")")
        #expect(takeover.map { $0 > .milliseconds(2_500) && $0 < .milliseconds(5_000) } == true)
        let moved = await Eventually.holds(within: .seconds(10)) {
            names.allSatisfy { name in
                survivors.allSatisfy {
                    lab.holds(Self.nodes[$0], table[0][name]!.vip) == ($0 == holder(name, survivors))
                }
            }
        }
        #expect(moved, "after lb1 died the VIPs did not settle three and three on lb2 and lb3")
        #expect(survivors.map { node in names.filter { holder($0, survivors) == node }.count } == [3, 3])
    }
}
