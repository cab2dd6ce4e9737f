import KeepalivedConfig
import NetworkPrimitives
@testable import ScaleOut
import Testing

/// The planner's verdicts against an exhaustive check of every tolerated failure set, its
/// refusals, and the files it writes: every keepalived.conf loads without a diagnostic.
struct ScaleOutPlannerTests {
    static func nodes(_ count: Int) -> [PlanNode] {
        (1...count).compactMap { PlanNode("lb\($0):eth0:10.9.0.\($0 + 1)") }
    }

    static let first = IPPrefix("10.9.0.100/24")!

    /// Random requests (seeded): fits exactly when no tolerated failure puts any survivor over
    /// capacity and every one is even; an overload verdict names a real overload, the earliest.
    @Test func verdictsAgreeWithAnExhaustiveCheck() throws {
        var random = SplitMix64(seed: 2)
        for _ in 0..<30 {
            let count = Int(random.next() % 5) + 2
            let tolerate = Int(random.next() % UInt64(min(count, 3)))
            let vips = Int(random.next() % 14) + 1
            let request = PlanRequest(
                nodes: Self.nodes(count), vips: .count(vips, first: Self.first), tolerate: tolerate,
                load: .perVIP(Bandwidth(kilobitsPerSecond: 100_000)),
                capacity: Bandwidth(kilobitsPerSecond: Int(random.next() % 8 + 1) * 100_000))
            let plan = try ScaleOutPlanner.plan(request, workBudget: 200_000)
            let capacity = request.capacity!.kilobitsPerSecond / 100_000
            var firstOverload: (FailureSet, Int)?
            var anyUneven = false
            for set in FailureSet.all(nodeCount: count, upTo: tolerate) {
                let counts = plan.layout.counts(failed: set)
                let survivors = counts.indices.filter { !set.contains($0) }
                if firstOverload == nil, let node = survivors.first(where: { counts[$0] > capacity }) {
                    firstOverload = (set, node)
                }
                let held = survivors.map { counts[$0] }
                anyUneven = anyUneven || held.max()! - held.min()! > 1
            }
            switch plan.verdict {
            case .fits: #expect(firstOverload == nil && !anyUneven)
            case .overloaded(let failed, let node, let held, let anyLayout):
                #expect(firstOverload.map { $0.0 == failed && $0.1 == node } == true)
                #expect(held > capacity)
                let survivors = count - failed.nodes.count
                #expect(anyLayout == ((vips + survivors - 1) / survivors > capacity))
            case .uneven: #expect(firstOverload == nil && anyUneven)
            }
        }
    }

    @Test(arguments: 2...6)
    func everyNodesConfigurationLoadsWithoutADiagnostic(count: Int) throws {
        for unicast in [false, true] {
            let request = PlanRequest(
                nodes: Self.nodes(count), vips: .count(2 * count, first: Self.first), tolerate: 1, unicast: unicast)
            let plan = try ScaleOutPlanner.plan(request)
            var masters: [String: String] = [:]
            for node in 0..<count {
                let text = KeepalivedConfigRenderer.render(plan, node: node)
                let path = "/etc/keepalived/keepalived.conf"
                let result = KeepalivedConfigLoader.load(
                    path: path, options: ParseOptions(configID: "lb\(node + 1)"),
                    fileSystem: InMemoryFileSystem(files: [path: text]))
                #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
                let instances = result.configuration.vrrpInstances
                #expect(instances.count == 2 * count)
                for instance in instances where Int(instance.priority) == 100 + 10 * (count - 1) {
                    #expect(masters.updateValue("lb\(node + 1)", forKey: instance.name) == nil)
                }
                #expect(Set(instances.map(\.priority)).count == count, "one priority per rank")
            }
            #expect(masters.count == 2 * count, "every VIP has exactly one master")
        }
    }

    @Test func theDNSRecordsNameEveryVIP() throws {
        var request = PlanRequest(nodes: Self.nodes(3), vips: .count(3, first: Self.first), tolerate: 1)
        request.dnsName = "www.example.com."
        request.dnsTTL = 60
        let zone = ZoneRecordsRenderer.render(try ScaleOutPlanner.plan(request))
        #expect(
            zone.split(separator: "\n").dropFirst() == [
                "www.example.com.\t60\tIN\tA\t10.9.0.100",
                "www.example.com.\t60\tIN\tA\t10.9.0.101", "www.example.com.\t60\tIN\tA\t10.9.0.102",
            ])
        request.vips = .list([IPPrefix("fd00::1/64")!])
        #expect(ZoneRecordsRenderer.render(try ScaleOutPlanner.plan(request)).hasSuffix("IN\tAAAA\tfd00::1\n"))
    }

    @Test func badRequestsAreRefused() {
        let nodes = Self.nodes(3)
        let refusals: [(PlanRequest, PlanError)] = [
            (
                PlanRequest(nodes: Array(nodes.prefix(1)), vips: .count(2, first: Self.first), tolerate: 0),
                .tooFewNodes(1)
            ),
            (
                PlanRequest(nodes: nodes + [nodes[0]], vips: .count(2, first: Self.first), tolerate: 1),
                .duplicateNodeName("lb1")
            ),
            (
                PlanRequest(nodes: nodes, vips: .count(2, first: Self.first), tolerate: 3),
                .tolerateOutOfRange(tolerate: 3, nodes: 3)
            ),
            (
                PlanRequest(nodes: nodes, vips: .automatic(first: Self.first), tolerate: 1),
                .automaticCountNeedsTotalLoad
            ),
            (
                PlanRequest(nodes: nodes, vips: .count(2, first: IPPrefix("255.255.255.255")!), tolerate: 1),
                .vipRangeOverflow(first: "255.255.255.255/32", count: 2)
            ),
            (
                PlanRequest(nodes: nodes, vips: .count(3, first: IPPrefix("10.9.0.254/24")!), tolerate: 1),
                .vipRangeOverflow(first: "10.9.0.254/24", count: 3)
            ),
            (
                PlanRequest(nodes: nodes, vips: .count(10, first: Self.first), tolerate: 1, firstVirtualRouterID: 250),
                .virtualRouterIDsOutOfRange(first: 250, count: 10)
            ),
            (
                PlanRequest(nodes: nodes, vips: .list([IPPrefix("fd00::1")!]), tolerate: 1, unicast: true),
                .unicastFamilyMismatch(node: "lb1")
            ),
            (
                PlanRequest(nodes: nodes, vips: .list([IPPrefix("fd00::1")!, Self.first]), tolerate: 1),
                .mixedVIPFamilies
            ),
            (
                PlanRequest(nodes: nodes, vips: .list([Self.first, Self.first]), tolerate: 1),
                .duplicateVIP("10.9.0.100")
            ),
            (
                PlanRequest(
                    nodes: nodes, vips: .count(2, first: Self.first), tolerate: 1, load: .perVIP(Bandwidth("1")!)),
                .loadWithoutCapacity
            ),
        ]
        for (request, error) in refusals {
            #expect(throws: error) { try ScaleOutPlanner.plan(request) }
        }
    }

    @Test(arguments: [
        ("1.5", 1_500_000), ("1.5G", 1_500_000), ("750M", 750_000), ("100k", 100), ("1Gbit/s", 1_000_000),
        ("0.25", 250_000), (".5", 500_000),
    ])
    func ratesParse(text: String, kilobits: Int) {
        #expect(Bandwidth(text)?.kilobitsPerSecond == kilobits)
    }

    @Test(arguments: ["", "G", "1.", "-1", "1.5X", "0.0000001", "1,5"])
    func badRatesDoNotParse(text: String) {
        #expect(Bandwidth(text) == nil)
    }

    @Test func nodesParseWithIPv6Addresses() {
        #expect(PlanNode("lb1:eth0:fd00::10")?.address == IPAddress("fd00::10"))
        #expect(
            PlanNode("lb1:eth0") == nil && PlanNode(":eth0:10.0.0.1") == nil && PlanNode("lb1:eth0:nonsense") == nil)
    }
}
