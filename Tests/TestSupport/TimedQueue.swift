import NetworkPrimitives

/// A min-heap of items keyed by instant; items due at the same instant come out in insertion order.
public struct TimedQueue<Element: Sendable>: Sendable {
    private var heap: [(time: MonotonicInstant, sequence: UInt64, element: Element)] = []
    private var nextSequence: UInt64 = 0

    public init() {}

    public var isEmpty: Bool { heap.isEmpty }
    public var count: Int { heap.count }
    public var earliest: MonotonicInstant? { heap.first?.time }

    public mutating func insert(_ element: Element, at time: MonotonicInstant) {
        heap.append((time, nextSequence, element))
        nextSequence += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the earliest item.
    public mutating func popFirst() -> (time: MonotonicInstant, element: Element)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let first = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            var smallest = parent
            if left < heap.count && Self.precedes(heap[left], heap[smallest]) { smallest = left }
            if left + 1 < heap.count && Self.precedes(heap[left + 1], heap[smallest]) { smallest = left + 1 }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return (first.time, first.element)
    }

    private static func precedes(
        _ a: (time: MonotonicInstant, sequence: UInt64, element: Element),
        _ b: (time: MonotonicInstant, sequence: UInt64, element: Element)
    ) -> Bool {
        a.time < b.time || (a.time == b.time && a.sequence < b.sequence)
    }
}
