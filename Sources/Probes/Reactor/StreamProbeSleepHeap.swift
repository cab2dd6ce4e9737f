import NetworkPrimitives

/// The reactor loop's clock sleeps by instant (ties in the order they came). The sleeps themselves
/// wait in a slab so the heap moves plain values, as `TimedStart` does.
struct StreamProbeSleepHeap {
    private struct Entry: Comparable {
        var at: MonotonicInstant
        var sequence: UInt64
        var index: Int

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    }

    private var heap = MinHeap<Entry>()
    private var waiting = Slab<StreamProbeSleep>()
    private var sequence: UInt64 = 0

    var count: Int { heap.count }

    mutating func push(_ sleep: StreamProbeSleep) {
        sequence &+= 1
        heap.push(Entry(at: sleep.deadline, sequence: sequence, index: waiting.insert(sleep)))
    }

    /// The sleeps whose instant has come, earliest first (cancelled ones included: ending them
    /// again does nothing).
    mutating func due(at now: MonotonicInstant) -> [StreamProbeSleep] {
        guard let first = heap.first, first.at <= now else { return [] }
        return heap.popAll(while: { $0.at <= now }).compactMap { waiting.remove(at: $0.index) }
    }

    /// The earliest instant a live sleep waits for; cancelled sleeps on top are dropped first.
    mutating func nextDeadline() -> MonotonicInstant? {
        while let top = heap.first {
            guard let sleep = waiting[top.index], !sleep.hasEnded else {
                _ = heap.popFirst()
                waiting.remove(at: top.index)
                continue
            }
            return top.at
        }
        return nil
    }

    /// Ends every sleep with `CancellationError`: the reactor is stopping.
    mutating func cancelAll() {
        while let top = heap.popFirst() { waiting.remove(at: top.index)?.cancel() }
    }
}
