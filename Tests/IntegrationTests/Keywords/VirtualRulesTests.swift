import Foundation
import Glibc
import Testing
import VigilLab

/// `virtual_rules` and `static_rules` through the daemon, as `ip rule` in each namespace shows them:
/// the master holds its instance's rules and removes them on leaving MASTER; `static_rules` are
/// installed at start whatever the instance's state and removed at an orderly stop, as keepalived
/// 2.2.7's VRRP process does.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VirtualRulesTests {
    static let vip = "10.99.0.100"
    static let rules = [
        "from 10.98.0.0/24 table 100 preference 100", "to 10.97.0.0/16 fwmark 0x10/0xff preference 101 blackhole",
    ]
    static let staticRule = "from 10.96.0.0/24 iif eth0 table 200 preference 200"

    static func config(_ host: String, priority: Int) -> String {
        var instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        instance.extraLines = ["virtual_rules {"] + rules.map { "    \($0)" } + ["}"]
        return InstanceConfig.file(
            routerID: host, preamble: ["static_rules {", "    \(staticRule)", "}"], [instance])
    }

    static func shown(_ lab: NamespaceLab, _ host: String) -> String {
        lab.attempt(host, ["ip", "rule", "show"]).output
    }

    static func hasVirtualRules(_ lab: NamespaceLab, _ host: String) -> Bool {
        let rules = shown(lab, host)
        return rules.contains("100:\tfrom 10.98.0.0/24 lookup 100")
            && rules.contains("101:\tfrom all to 10.97.0.0/16 fwmark 0x10/0xff blackhole")
    }

    static func hasNoVirtualRules(_ lab: NamespaceLab, _ host: String) -> Bool {
        let rules = shown(lab, host)
        return !rules.contains("10.98.0.0/24") && !rules.contains("10.97.0.0/16")
    }

    static func hasStaticRule(_ lab: NamespaceLab, _ host: String) -> Bool {
        shown(lab, host).contains("200:\tfrom 10.96.0.0/24 iif eth0 lookup 200")
    }

    @Test func theMasterHoldsItsRulesAndStaticRulesLastFromStartToStop() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config("lb1", priority: 101))
        try #require(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        let lb2 = try lab.startVigil(on: "lb2", config: Self.config("lb2", priority: 100))
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("(VI_1) Entering BACKUP STATE") })
        #expect(await Eventually.holds(within: .seconds(3)) { Self.hasVirtualRules(lab, "lb1") }, "\(Self.shown(lab, "lb1"))")
        #expect(Self.hasNoVirtualRules(lab, "lb2"), "\(Self.shown(lab, "lb2"))")
        #expect(Self.hasStaticRule(lab, "lb1") && Self.hasStaticRule(lab, "lb2"), "\(Self.shown(lab, "lb2"))")

        // SIGTERM: lb1 leaves MASTER and removes every rule it installed; lb2 takes the instance's.
        lb1.signal(SIGTERM)
        #expect(await lb1.waitForExit(within: .seconds(5)))
        #expect(Self.hasNoVirtualRules(lab, "lb1") && !Self.hasStaticRule(lab, "lb1"), "\(Self.shown(lab, "lb1"))")
        #expect(await Eventually.holds(within: .seconds(5)) { Self.hasVirtualRules(lab, "lb2") })

        lb2.signal(SIGTERM)
        #expect(await lb2.waitForExit(within: .seconds(5)))
        #expect(Self.hasNoVirtualRules(lab, "lb2") && !Self.hasStaticRule(lab, "lb2"), "\(Self.shown(lab, "lb2"))")
    }
}
