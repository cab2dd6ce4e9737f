import NetworkPrimitives

extension LayoutSolver {
    /// The search's state: the head each remaining VIP takes and, per failure set, how many of
    /// those VIPs each node holds.
    struct SearchState {
        var choice: [Int]
        /// `load[set * nodeCount + node]`.
        var load: [Int]
        /// Σ over failure sets of the set's weight × Σ over nodes of load².
        var cost: Int
    }

    /// Heads for `count` VIPs (fewer than one whole round) whose loads are as even as the search
    /// finds. VIP `j` is mastered by node `j mod nodeCount`, so masters stay even whatever the
    /// search does; only the places behind the master are searched: greedy, then local search with
    /// seeded random kicks until every failure set is even or the work budget is spent.
    func searchRemainder(_ count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let target = evenCost(vipCount: count)
        var state = greedy(count)
        var work = descend(&state)
        var best = state
        var random = SplitMix64(seed: UInt64(nodeCount &* 1_000_003 &+ tolerate &* 1009 &+ count))
        while best.cost > target, work < workBudget {
            for _ in 0..<max(1, count / 8) {
                let vip = Int(random.next() % UInt64(count))
                let choices = headsByMaster[vip % nodeCount]
                move(&state, vip: vip, to: choices[Int(random.next() % UInt64(choices.count))])
            }
            work += descend(&state)
            if state.cost < best.cost { best = state } else if state.cost > best.cost + 8 { state = best }
        }
        return best.choice
    }

    /// The least possible weighted Σ load²: every failure set's survivors within one VIP of each other.
    func evenCost(vipCount: Int) -> Int {
        failureSets.indices.reduce(0) { total, set in
            let survivors = nodeCount - failureSets[set].nodes.count
            let (share, extra) = vipCount.quotientAndRemainder(dividingBy: survivors)
            return total + weights[set] * (extra * (share + 1) * (share + 1) + (survivors - extra) * share * share)
        }
    }

    /// Each VIP in turn takes the head (behind its master) whose holders are least loaded, summed
    /// over failure sets.
    func greedy(_ count: Int) -> SearchState {
        let sets = failureSets.count
        var state = SearchState(choice: [], load: [Int](repeating: 0, count: sets * nodeCount), cost: 0)
        for vip in 0..<count {
            var bestHead = 0
            var bestSum = Int.max
            for head in headsByMaster[vip % nodeCount] {
                var sum = 0
                for set in 0..<sets { sum += weights[set] * state.load[set * nodeCount + holders[head * sets + set]] }
                if sum < bestSum { (bestHead, bestSum) = (head, sum) }
            }
            state.choice.append(bestHead)
            for set in 0..<sets {
                let slot = set * nodeCount + holders[bestHead * sets + set]
                state.cost += weights[set] * (2 * state.load[slot] + 1)
                state.load[slot] += 1
            }
        }
        return state
    }

    /// Moves VIPs to better heads behind the same master, the best move per VIP, until no move
    /// lowers the cost; returns the work done (head-and-failure-set evaluations).
    @discardableResult
    func descend(_ state: inout SearchState) -> Int {
        var improved = true
        var work = 0
        while improved {
            improved = false
            for vip in state.choice.indices {
                var bestHead = state.choice[vip]
                var bestDelta = 0
                let choices = headsByMaster[vip % nodeCount]
                work += choices.count * failureSets.count
                for head in choices where head != state.choice[vip] {
                    let delta = costChange(state, vip: vip, to: head)
                    if delta < bestDelta { (bestHead, bestDelta) = (head, delta) }
                }
                if bestDelta < 0 {
                    move(&state, vip: vip, to: bestHead)
                    improved = true
                }
            }
        }
        return work
    }

    /// How the weighted Σ load² changes if `vip` takes `head` instead of its current one.
    func costChange(_ state: SearchState, vip: Int, to head: Int) -> Int {
        let sets = failureSets.count
        let current = state.choice[vip]
        var delta = 0
        for set in 0..<sets {
            let from = holders[current * sets + set]
            let to = holders[head * sets + set]
            if from != to {
                delta +=
                    weights[set] * (2 * (state.load[set * nodeCount + to] - state.load[set * nodeCount + from]) + 2)
            }
        }
        return delta
    }

    /// Gives `vip` the head `head`, updating the loads and the cost.
    func move(_ state: inout SearchState, vip: Int, to head: Int) {
        state.cost += costChange(state, vip: vip, to: head)
        let sets = failureSets.count
        for set in 0..<sets {
            state.load[set * nodeCount + holders[state.choice[vip] * sets + set]] -= 1
            state.load[set * nodeCount + holders[head * sets + set]] += 1
        }
        state.choice[vip] = head
    }
}
