import NetworkPrimitives

/// A min-heap of items keyed by instant; items due at the same instant come out in insertion order.
/// The heap holds only plain keys and slot numbers, so sifting never copies the items themselves.
public struct TimedQueue<Element: Sendable>: Sendable {
    private struct Key: Sendable {
        var time: MonotonicInstant
        var sequence: UInt64
        var slot: Int

        func precedes(_ other: Key) -> Bool {
            time < other.time || (time == other.time && sequence < other.sequence)
        }
    }

    private var heap: [Key] = []
    private var slots: [Element?] = []
    private var freeSlots: [Int] = []
    private var nextSequence: UInt64 = 0

    public init() {}

    public var isEmpty: Bool { heap.isEmpty }
    public var count: Int { heap.count }
    public var earliest: MonotonicInstant? { heap.first?.time }

    public mutating func insert(_ element: Element, at time: MonotonicInstant) {
        let slot: Int
        if let free = freeSlots.popLast() {
            slot = free
            slots[slot] = element
        } else {
            slot = slots.count
            slots.append(element)
        }
        heap.append(Key(time: time, sequence: nextSequence, slot: slot))
        nextSequence += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
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
            if left < heap.count && heap[left].precedes(heap[smallest]) { smallest = left }
            if left + 1 < heap.count && heap[left + 1].precedes(heap[smallest]) { smallest = left + 1 }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        guard let element = slots[first.slot].take() else { return nil }
        freeSlots.append(first.slot)
        return (first.time, element)
    }
}
