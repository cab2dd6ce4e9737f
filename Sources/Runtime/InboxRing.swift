/// A first-in first-out queue in a circular buffer that keeps its capacity: once it has grown to the
/// largest backlog seen, appending and removing allocate nothing.
struct InboxRing<Element> {
    private var slots: [Element?]
    private var head = 0
    /// How many elements are queued.
    private(set) var count = 0

    /// An empty ring with room for `capacity` elements before it first grows.
    init(capacity: Int) {
        slots = Array(repeating: nil, count: max(1, capacity))
    }

    var isEmpty: Bool { count == 0 }

    /// The oldest element, left in place.
    var first: Element? { slots[head] }

    mutating func append(_ element: Element) {
        if count == slots.count { grow() }
        slots[(head + count) % slots.count] = element
        count += 1
    }

    /// Takes the oldest element out; its slot lets go of it at once.
    mutating func removeFirst() -> Element? {
        guard let element = slots[head] else { return nil }
        slots[head] = nil
        head = (head + 1) % slots.count
        count -= 1
        return element
    }

    /// Doubles the capacity, the queued elements in order at the start.
    private mutating func grow() {
        var grown: [Element?] = []
        grown.reserveCapacity(slots.count * 2)
        for offset in 0..<count { grown.append(slots[(head + offset) % slots.count]) }
        grown.append(contentsOf: repeatElement(nil, count: slots.count * 2 - count))
        slots = grown
        head = 0
    }
}
