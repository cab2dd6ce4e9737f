import NetworkPrimitives

/// An indexed binary min-heap of one optional deadline per instance, so a router with thousands of
/// instances finds the earliest deadline and the due instances without scanning them all.
struct VRRPDeadlineQueue: Sendable {
    private var heap: [(deadline: MonotonicInstant, index: Int)] = []
    private var positions: [Int?]

    init(count: Int) {
        positions = Array(repeating: nil, count: count)
    }

    var earliest: MonotonicInstant? { heap.first?.deadline }

    /// Sets (or with nil, clears) the deadline of instance `index`.
    mutating func update(_ index: Int, to deadline: MonotonicInstant?) {
        if let position = positions[index] {
            guard let deadline else { return remove(at: position) }
            let old = heap[position].deadline
            heap[position].deadline = deadline
            if deadline < old { siftUp(position) } else { siftDown(position) }
        } else if let deadline {
            heap.append((deadline, index))
            positions[index] = heap.count - 1
            siftUp(heap.count - 1)
        }
    }

    /// The instances whose deadline is at or before `now`, earliest first.
    func due(at now: MonotonicInstant) -> [Int] {
        var result: [Int] = []
        var pending = heap.isEmpty ? [] : [0]
        while let position = pending.popLast() {
            guard heap[position].deadline <= now else { continue }
            result.append(position)
            let left = 2 * position + 1
            if left < heap.count { pending.append(left) }
            if left + 1 < heap.count { pending.append(left + 1) }
        }
        return result.sorted { heap[$0].deadline < heap[$1].deadline }.map { heap[$0].index }
    }

    private mutating func remove(at position: Int) {
        let index = heap[position].index
        positions[index] = nil
        let last = heap.count - 1
        if position != last {
            heap[position] = heap[last]
            positions[heap[position].index] = position
        }
        heap.removeLast()
        if position < heap.count {
            siftUp(position)
            siftDown(position)
        }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].deadline < heap[parent].deadline else { return }
            swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var smallest = parent
            let left = 2 * parent + 1
            if left < heap.count && heap[left].deadline < heap[smallest].deadline { smallest = left }
            if left + 1 < heap.count && heap[left + 1].deadline < heap[smallest].deadline { smallest = left + 1 }
            guard smallest != parent else { return }
            swapAt(parent, smallest)
            parent = smallest
        }
    }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        heap.swapAt(a, b)
        positions[heap[a].index] = a
        positions[heap[b].index] = b
    }
}
