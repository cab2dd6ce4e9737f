import NetworkPrimitives

/// One optional deadline per instance on NetworkPrimitives' `MinHeap`, so a router with thousands
/// of instances finds the earliest deadline and the due instances without scanning them all.
/// A changed deadline pushes a new entry and leaves the old one stale: entries carry the instance's
/// generation, stale ones are skipped, dropped when they reach the top, and the heap is rebuilt from
/// the live deadlines when stale entries outnumber them, so it never holds more than 2n + 16 entries.
struct VRRPDeadlineQueue: Sendable {
    private struct Entry: Comparable, Sendable {
        var deadline: MonotonicInstant
        var index: Int
        var generation: UInt64

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.deadline, lhs.index) < (rhs.deadline, rhs.index) }
    }

    private var heap = MinHeap<Entry>()
    private var deadlines: [MonotonicInstant?]
    private var generations: [UInt64]
    /// Working space of `due(at:into:)`, kept for its storage.
    private var dueEntries: [Entry] = []
    private var frontier: [Int] = []

    init(count: Int) {
        deadlines = Array(repeating: nil, count: count)
        generations = Array(repeating: 0, count: count)
    }

    /// The earliest deadline; the heap's top is never stale.
    var earliest: MonotonicInstant? { heap.first?.deadline }

    /// Sets (or with nil, clears) the deadline of instance `index`.
    mutating func update(_ index: Int, to deadline: MonotonicInstant?) {
        guard deadlines[index] != deadline else { return }
        deadlines[index] = deadline
        generations[index] &+= 1
        if let deadline { heap.push(Entry(deadline: deadline, index: index, generation: generations[index])) }
        if heap.count > 2 * deadlines.count + 16 {
            rebuild()
        } else {
            while let top = heap.first, !isCurrent(top) { _ = heap.popFirst() }
        }
    }

    /// The instances whose deadline is at or before `now`, earliest first.
    mutating func due(at now: MonotonicInstant) -> [Int] {
        var due: [Int] = []
        self.due(at: now, into: &due)
        return due
    }

    /// Appends the instances whose deadline is at or before `now`, earliest first, to `due`; the
    /// entries are gathered in buffers the queue keeps, so a steady timer step allocates nothing.
    mutating func due(at now: MonotonicInstant, into due: inout [Int]) {
        var entries = dueEntries
        var frontier = self.frontier
        dueEntries = []
        self.frontier = []
        entries.removeAll(keepingCapacity: true)
        heap.orderedPrefix(while: { $0.deadline <= now }, into: &entries, frontier: &frontier)
        for entry in entries where isCurrent(entry) { due.append(entry.index) }
        entries.removeAll(keepingCapacity: true)
        dueEntries = entries
        self.frontier = frontier
    }

    private func isCurrent(_ entry: Entry) -> Bool { generations[entry.index] == entry.generation }

    private mutating func rebuild() {
        heap.removeAll(keepingCapacity: true)
        for (index, deadline) in deadlines.enumerated() {
            if let deadline { heap.push(Entry(deadline: deadline, index: index, generation: generations[index])) }
        }
    }
}
