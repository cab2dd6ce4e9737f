import NetworkPrimitives

/// Values that come due at an instant, earliest first (ties in the order they came): the reactor
/// loop's timed starts and clock sleeps. The values wait in a slab so the heap moves plain
/// entries, without ARC traffic.
struct TimedQueue<Value> {
    private struct Entry: Comparable {
        var at: MonotonicInstant
        var sequence: UInt64
        var index: Int

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    }

    private var heap = MinHeap<Entry>()
    private var values = Slab<Value>()
    private var sequence: UInt64 = 0

    var count: Int { heap.count }

    /// The earliest instant waited for.
    var nextInstant: MonotonicInstant? { heap.first?.at }

    mutating func push(_ value: Value, at instant: MonotonicInstant) {
        sequence &+= 1
        heap.push(Entry(at: instant, sequence: sequence, index: values.insert(value)))
    }

    /// The values due by `instant`, earliest first.
    mutating func popDue(by instant: MonotonicInstant) -> [Value] {
        guard let first = heap.first, first.at <= instant else { return [] }
        return heap.popAll(while: { $0.at <= instant }).compactMap { values.remove(at: $0.index) }
    }

    /// Drops values from the front while `isStale` says they no longer need their instant.
    mutating func dropFirst(while isStale: (Value) -> Bool) {
        while let top = heap.first, values[top.index].map(isStale) ?? true {
            _ = heap.popFirst()
            values.remove(at: top.index)
        }
    }

    /// Takes every value out, earliest first.
    mutating func removeAll() -> [Value] {
        var all: [Value] = []
        while let top = heap.popFirst() { values.remove(at: top.index).map { all.append($0) } }
        return all
    }
}
