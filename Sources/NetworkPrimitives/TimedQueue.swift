/// Values that come due at an instant, earliest first, ties in the order they came: the stream
/// reactor's timed starts and clock sleeps, the simulated LAN's deliveries. The values wait in a
/// `Slab` so the `MinHeap` moves plain entries only. Inlinable, so users get it specialised.
public struct TimedQueue<Element> {
    @usableFromInline struct Entry: Comparable, Sendable {
        @usableFromInline var at: MonotonicInstant
        @usableFromInline var sequence: UInt64
        @usableFromInline var index: Int

        @inlinable init(at: MonotonicInstant, sequence: UInt64, index: Int) {
            self.at = at
            self.sequence = sequence
            self.index = index
        }

        @inlinable static func < (lhs: Self, rhs: Self) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    }

    @usableFromInline var heap = MinHeap<Entry>()
    @usableFromInline var values = Slab<Element>()
    @usableFromInline var sequence: UInt64 = 0

    @inlinable public init() {}

    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The earliest instant waited for.
    @inlinable public var earliest: MonotonicInstant? { heap.first?.at }

    @inlinable public mutating func insert(_ element: Element, at instant: MonotonicInstant) {
        sequence &+= 1
        heap.push(Entry(at: instant, sequence: sequence, index: values.insert(element)))
    }

    /// Takes out the earliest value, with its instant.
    @inlinable public mutating func popFirst() -> (time: MonotonicInstant, element: Element)? {
        while let top = heap.popFirst() {
            if let element = values.remove(at: top.index) { return (top.at, element) }
        }
        return nil
    }

    /// The values due by `instant`, earliest first.
    @inlinable public mutating func popDue(by instant: MonotonicInstant) -> [Element] {
        guard let first = heap.first, first.at <= instant else { return [] }
        return heap.popAll(while: { $0.at <= instant }).compactMap { values.remove(at: $0.index) }
    }

    /// Drops values from the front while `isStale` says they no longer need their instant.
    @inlinable public mutating func dropFirst(while isStale: (Element) -> Bool) {
        while let top = heap.first, values[top.index].map(isStale) ?? true {
            _ = heap.popFirst()
            values.remove(at: top.index)
        }
    }

    /// Takes every value out, earliest first.
    @inlinable public mutating func removeAll() -> [Element] {
        var all: [Element] = []
        while let (_, element) = popFirst() { all.append(element) }
        return all
    }
}

extension TimedQueue: Sendable where Element: Sendable {}
