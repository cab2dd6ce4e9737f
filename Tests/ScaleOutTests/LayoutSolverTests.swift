import NetworkPrimitives
@testable import ScaleOut
import Testing

/// Properties of the layouts over node counts 2...6 and every failure set up to the tolerated
/// count, checked exhaustively for each layout.
struct LayoutSolverTests {
    /// Masters even, and each failure set's survivors within one VIP of each other.
    static func unevenSets(_ layout: PriorityLayout, tolerate: Int) -> [FailureSet] {
        FailureSet.all(nodeCount: layout.nodeCount, upTo: tolerate).filter { set in
            let counts = layout.counts(failed: set)
            let held = counts.indices.filter { !set.contains($0) }.map { counts[$0] }
            return (held.max() ?? 0) - (held.min() ?? 0) > 1
        }
    }

    @Test(arguments: 2...6)
    func oneToleratedFailureIsAlwaysEven(nodes: Int) {
        let solver = LayoutSolver(nodeCount: nodes, tolerate: 1)
        for vips in 1...(3 * nodes * (nodes - 1)) {
            let layout = solver.solve(vipCount: vips)
            #expect(layout.vipCount == vips)
            #expect(Self.unevenSets(layout, tolerate: 1).isEmpty, "\(nodes) nodes, \(vips) VIPs")
        }
    }

    @Test(arguments: 2...6)
    func noToleratedFailureMeansDistinctMastersWherePossible(nodes: Int) {
        let solver = LayoutSolver(nodeCount: nodes, tolerate: 0)
        for vips in 1...(2 * nodes + 1) {
            let masters = solver.solve(vipCount: vips).rankings.map { $0[0] }
            if vips <= nodes { #expect(Set(masters).count == vips) }
            #expect(Self.unevenSets(solver.solve(vipCount: vips), tolerate: 0).isEmpty)
        }
    }

    /// Every ranking is a permutation of the nodes, and masters are even, whatever is tolerated.
    @Test(arguments: [(4, 2), (4, 3), (5, 2), (6, 2), (5, 4)])
    func rankingsArePermutationsAndMastersStayEven(nodes: Int, tolerate: Int) {
        let solver = LayoutSolver(nodeCount: nodes, tolerate: tolerate, workBudget: 200_000)
        for vips in [1, 2, 3, nodes, nodes + 1, 2 * nodes + 3] {
            let layout = solver.solve(vipCount: vips)
            #expect(layout.rankings.allSatisfy { $0.sorted() == Array(0..<nodes) })
            let masters = layout.counts(failed: .none)
            #expect(masters.max()! - masters.min()! <= 1, "\(nodes)/\(tolerate)/\(vips): \(masters)")
        }
    }

    /// A whole round of heads (every ordered choice of tolerate + 1 nodes) is exactly even.
    @Test(arguments: [(3, 2), (4, 2), (4, 3), (5, 2)])
    func wholeRoundsAreExactlyEvenUnderEveryFailure(nodes: Int, tolerate: Int) {
        let solver = LayoutSolver(nodeCount: nodes, tolerate: tolerate)
        let layout = solver.solve(vipCount: solver.heads.count)
        #expect(LayoutSolver.isExactlyEven(layout, failureSets: solver.failureSets))
    }

    /// Random node counts, tolerances and VIP counts (seeded): the search finds even layouts
    /// whenever the counts are multiples of every survivor count it must divide.
    @Test func randomExactlyEvenCountsAreFound() {
        var random = SplitMix64(seed: 16)
        for _ in 0..<12 {
            let nodes = Int(random.next() % 4) + 2
            let tolerate = Int(random.next() % UInt64(min(nodes, 4)))
            let solver = LayoutSolver(nodeCount: nodes, tolerate: tolerate)
            let count = solver.smallestExactlyEvenVIPCount(limit: 255)
            let step = (0...tolerate).reduce(1) { LayoutSolver.leastCommonMultiple($0, nodes - $1) }
            #expect(count == step, "\(nodes) nodes tolerating \(tolerate)")
            if let count {
                #expect(LayoutSolver.isExactlyEven(solver.solve(vipCount: count), failureSets: solver.failureSets))
            }
        }
    }

    /// Where not every failure set can be even, no failure and every single failure still are.
    @Test(arguments: [(5, 2), (6, 2), (6, 3)])
    func singleFailuresStayEvenWhenLargerSetsCannot(nodes: Int, tolerate: Int) {
        let solver = LayoutSolver(nodeCount: nodes, tolerate: tolerate, workBudget: 200_000)
        for vips in [3, 4, 7] {
            #expect(Self.unevenSets(solver.solve(vipCount: vips), tolerate: 1).isEmpty, "\(nodes)/\(tolerate)/\(vips)")
        }
    }

    /// Four VIPs on six nodes tolerating two failures cannot be even: the search reports it
    /// rather than hiding it (Docs/ScaleOut.md has the argument).
    @Test func fourVIPsOnSixNodesToleratingTwoIsUneven() {
        let layout = LayoutSolver(nodeCount: 6, tolerate: 2, workBudget: 200_000).solve(vipCount: 4)
        #expect(!Self.unevenSets(layout, tolerate: 2).isEmpty)
        #expect(Self.unevenSets(layout, tolerate: 1).isEmpty)
    }

    @Test func failureSetsAreEveryCombinationSmallestFirst() {
        let sets = FailureSet.all(nodeCount: 4, upTo: 2)
        #expect(sets.count == 1 + 4 + 6)
        #expect(sets == sets.sorted())
        #expect(sets[5] == FailureSet([0, 1]) && sets.last == FailureSet([2, 3]))
    }
}
