import NetworkPrimitives

/// `vigil plan`'s logic: checks a `PlanRequest`, chooses or expands the VIPs, solves the layout
/// (`LayoutSolver`), and judges every tolerated failure against evenness and capacity.
public enum ScaleOutPlanner {
    /// The plan for `request`; throws when the request itself is unusable. `workBudget` bounds the
    /// layout search (`LayoutSolver`).
    public static func plan(_ request: PlanRequest, workBudget: Int = 8_000_000) throws(PlanError) -> ScaleOutPlan {
        try validateNodes(request)
        let solver = LayoutSolver(nodeCount: request.nodes.count, tolerate: request.tolerate, workBudget: workBudget)
        let vips = try addresses(request, solver: solver)
        try validateVIPs(vips, request: request)
        let layout = solver.solve(vipCount: vips.count)
        let load: VIPLoad? =
            switch request.load {
            case .perVIP(let rate): .perVIP(rate)
            case .total(let total): .total(total, over: vips.count)
            case nil: nil
            }
        let outcomes = solver.failureSets.map { set in
            let counts = layout.counts(failed: set)
            let overloaded = counts.indices.filter { node in
                guard !set.contains(node), let load, let capacity = request.capacity else { return false }
                return !load.fits(counts[node], within: capacity)
            }
            return FailureOutcome(failed: set, counts: counts, overloaded: overloaded)
        }
        let verdict = verdict(outcomes, vipCount: vips.count, load: load, capacity: request.capacity)
        var evenVIPCount: Int?
        switch verdict {
        case .fits, .overloaded(_, _, _, anyLayout: true): break
        case .uneven, .overloaded(_, _, _, anyLayout: false):
            evenVIPCount = solver.smallestExactlyEvenVIPCount(limit: 256 - max(1, request.firstVirtualRouterID))
        }
        return ScaleOutPlan(
            request: request, vips: vips, layout: layout, load: load, outcomes: outcomes, verdict: verdict,
            evenVIPCount: evenVIPCount)
    }

    /// The first overload (smallest failure set first), else the first uneven failure set, else fits.
    static func verdict(_ outcomes: [FailureOutcome], vipCount: Int, load: VIPLoad?, capacity: Bandwidth?)
        -> PlanVerdict
    {
        if let over = outcomes.first(where: { !$0.overloaded.isEmpty }), let node = over.overloaded.first {
            // Pigeonhole: V VIPs on s survivors put ⌈V / s⌉ on one of them, whatever the layout.
            let survivors = over.survivors.count
            let unavoidable = (vipCount + survivors - 1) / survivors
            let anyLayout = load.map { load in capacity.map { !load.fits(unavoidable, within: $0) } ?? false } ?? false
            return .overloaded(failed: over.failed, node: node, count: over.counts[node], anyLayout: anyLayout)
        }
        if let uneven = outcomes.first(where: { !$0.isEven }) {
            return .uneven(failed: uneven.failed, counts: uneven.counts)
        }
        return .fits
    }

    static func validateNodes(_ request: PlanRequest) throws(PlanError) {
        guard request.nodes.count >= 2 else { throw .tooFewNodes(request.nodes.count) }
        var seen: Set<String> = []
        for node in request.nodes where !seen.insert(node.name).inserted { throw .duplicateNodeName(node.name) }
        guard (0..<request.nodes.count).contains(request.tolerate) else {
            throw .tolerateOutOfRange(tolerate: request.tolerate, nodes: request.nodes.count)
        }
        guard (1...255).contains(request.advertInterval) else {
            throw .advertIntervalOutOfRange(request.advertInterval)
        }
        switch (request.load, request.capacity) {
        case (.some, nil): throw .loadWithoutCapacity
        case (nil, .some): throw .capacityWithoutLoad
        case (.some, .some), (nil, nil): break
        }
    }

    static func validateVIPs(_ vips: [IPPrefix], request: PlanRequest) throws(PlanError) {
        guard let family = vips.first?.family else { throw .noVIPs }
        guard vips.allSatisfy({ $0.family == family }) else { throw .mixedVIPFamilies }
        var seen: Set<IPAddress> = []
        for vip in vips where !seen.insert(vip.address).inserted { throw .duplicateVIP(vip.address.description) }
        let first = request.firstVirtualRouterID
        guard first >= 1, first + vips.count - 1 <= 255 else {
            throw .virtualRouterIDsOutOfRange(first: first, count: vips.count)
        }
        if request.unicast, let node = request.nodes.first(where: { $0.address.family != family }) {
            throw .unicastFamilyMismatch(node: node.name)
        }
    }

    /// The VIPs: the list, the range, or the fewest exactly even from the first address.
    static func addresses(_ request: PlanRequest, solver: LayoutSolver) throws(PlanError) -> [IPPrefix] {
        switch request.vips {
        case .list(let vips): return vips
        case .count(let count, let first): return try range(from: first, count: count)
        case .automatic(let first):
            guard case .total = request.load else { throw .automaticCountNeedsTotalLoad }
            let limit = 256 - max(1, request.firstVirtualRouterID)
            guard let count = solver.smallestExactlyEvenVIPCount(limit: limit) else { throw .noEvenCount(limit: limit) }
            return try range(from: first, count: count)
        }
    }

    /// `count` consecutive addresses from `first`, each with `first`'s prefix length, all inside
    /// `first`'s subnet.
    static func range(from first: IPPrefix, count: Int) throws(PlanError) -> [IPPrefix] {
        guard count > 0 else { throw .noVIPs }
        var result: [IPPrefix] = []
        var bytes = first.address.bytes
        for index in 0..<count {
            if index > 0 {
                var position = bytes.count - 1
                while position >= 0, bytes[position] == 255 {
                    bytes[position] = 0
                    position -= 1
                }
                guard position >= 0 else { throw .vipRangeOverflow(first: first.description, count: count) }
                bytes[position] += 1
            }
            // A VIP outside the first one's subnet would need another interface address (host
            // prefixes, /32 and /128, have no subnet to leave).
            let isHost = first.length == first.family.maximumPrefixLength
            guard let address = IPAddress(bytes: bytes), isHost || first.contains(address) else {
                throw .vipRangeOverflow(first: first.description, count: count)
            }
            result.append(IPPrefix(address: address, length: first.length))
        }
        return result
    }
}
