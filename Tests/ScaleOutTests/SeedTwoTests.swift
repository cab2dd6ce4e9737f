import NetworkPrimitives
import ScaleOut
import Testing

/// Seed 002 (Docs/ScaleOut.md): three load balancers, 1.5 Gbit/s of incoming traffic, 1 Gbit/s
/// links, one host may fail, all three active. The seed's answer: six VIPs in an all-active layout
/// with DNS round robin, so that when one host fails its traffic spreads evenly over the other two
/// at 0.75 Gbit/s each.
struct SeedTwoTests {
    static let nodes = ["lb1:eth1:192.168.1.10", "lb2:eth1:192.168.1.20", "lb3:eth1:192.168.1.30"]
        .compactMap(PlanNode.init)
    static let first = IPPrefix("192.168.1.200/24")

    static func request(_ vips: PlanRequest.VIPChoice) -> PlanRequest {
        PlanRequest(nodes: nodes, vips: vips, tolerate: 1, load: .total(Bandwidth("1.5G")!), capacity: Bandwidth("1G")!)
    }

    @Test func withoutAVIPCountThePlanChoosesTheSeedsSixVIPs() throws {
        let plan = try ScaleOutPlanner.plan(Self.request(.automatic(first: try #require(Self.first))))
        #expect(plan.vips.count == 6)
        #expect(plan.vips.map(\.description) == (200...205).map { "192.168.1.\($0)/24" })
        #expect(plan.verdict == .fits)
        // Each director is master of two VIPs: 0.5 Gbit/s each in normal operation.
        #expect(plan.outcomes[0].failed == .none && plan.outcomes[0].counts == [2, 2, 2])
        #expect(plan.load?.carried(by: 2) == "0.5 Gbit/s")
        // Whichever fails, its two VIPs go one to each survivor: 3 VIPs, 0.75 Gbit/s each.
        for lost in 0..<3 {
            let outcome = try #require(plan.outcomes.first { $0.failed == FailureSet([lost]) })
            #expect(outcome.survivors.allSatisfy { outcome.counts[$0] == 3 })
            let orphans = plan.layout.mastered(by: lost).compactMap {
                plan.layout.holder(of: $0, failed: outcome.failed)
            }
            #expect(Set(orphans).count == 2, "the two orphans of node \(lost) land on different survivors")
        }
        #expect(plan.load?.carried(by: 3) == "0.75 Gbit/s")
        #expect(PlanReport.render(plan).contains("the busiest survivor carries 0.75 Gbit/s of 1 Gbit/s (75%)"))
    }

    @Test func threeVIPsFitOnlyAtLineRateAndSevenHundredMbitLinksDoNotFit() throws {
        let first = try #require(Self.first)
        let three = try ScaleOutPlanner.plan(Self.request(.count(3, first: first)))
        #expect(three.verdict == .fits)
        #expect(three.load?.carried(by: three.worstOutcome?.busiest ?? 0) == "1 Gbit/s")

        var narrow = Self.request(.automatic(first: first))
        narrow.capacity = Bandwidth("700M")
        let plan = try ScaleOutPlanner.plan(narrow)
        #expect(plan.verdict == .overloaded(failed: FailureSet([0]), node: 1, count: 3, anyLayout: true))
        #expect(
            PlanReport.render(plan).contains(
                "No layout fits: after lb1 fails, lb2 holds 3 VIPs (0.75 Gbit/s), over its link of 0.7 Gbit/s."))
    }
}
