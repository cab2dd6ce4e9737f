/// A binary min-heap ordered by `Element.<`, for deadlines: callers never remove entries early
/// but skip stale ones when they surface (the stream probes' timers, the checkers' deadlines).
/// Inlinable, so other modules get it specialised for their element type on their hot paths.
public struct MinHeap<Element: Comparable> {
    @usableFromInline var elements: [Element] = []

    @inlinable public init() {}

    @inlinable public var isEmpty: Bool { elements.isEmpty }
    @inlinable public var count: Int { elements.count }
    @inlinable public var first: Element? { elements.first }

    @inlinable public mutating func push(_ element: Element) {
        elements.append(element)
        Self.siftUp(&elements, from: elements.count - 1) { $0 < $1 }
    }

    /// Removes every element; with `keepingCapacity`, the storage stays for the next pushes.
    @inlinable public mutating func removeAll(keepingCapacity: Bool = false) {
        elements.removeAll(keepingCapacity: keepingCapacity)
    }

    /// Removes and returns the least element.
    @inlinable public mutating func popFirst() -> Element? {
        guard let last = elements.popLast() else { return nil }
        guard !elements.isEmpty else { return last }
        let top = elements[0]
        elements[0] = last
        Self.siftDown(&elements, from: 0) { $0 < $1 }
        return top
    }

    /// Removes and returns every element `isDue` accepts from the top, least first.
    @inlinable public mutating func popAll(while isDue: (Element) -> Bool) -> [Element] {
        var due: [Element] = []
        while let top = elements.first, isDue(top), let element = popFirst() { due.append(element) }
        return due
    }

    /// Appends every element `isDue` accepts to `due`, least first, without removing any. `isDue` must
    /// accept an element's parent whenever it accepts the element, as an "at or before" bound does: the
    /// walk stops below the first element it refuses, so it costs the accepted elements only. `frontier`
    /// is working space, emptied first: a caller that keeps both arrays from call to call allocates
    /// nothing once they have grown. Costs O(k log k) for k accepted.
    @inlinable public func orderedPrefix(
        while isDue: (Element) -> Bool, into due: inout [Element], frontier: inout [Int]
    ) {
        // `frontier` is a heap of positions, by the element at each: the accepted elements whose
        // children have not been looked at yet. The least of them is the least not yet taken.
        frontier.removeAll(keepingCapacity: true)
        guard let root = elements.first, isDue(root) else { return }
        frontier.append(0)
        while let position = popLeastPosition(&frontier) {
            due.append(elements[position])
            let left = 2 * position + 1
            if left < elements.count, isDue(elements[left]) { pushPosition(left, &frontier) }
            if left + 1 < elements.count, isDue(elements[left + 1]) { pushPosition(left + 1, &frontier) }
        }
    }

    @inlinable func pushPosition(_ position: Int, _ frontier: inout [Int]) {
        frontier.append(position)
        Self.siftUp(&frontier, from: frontier.count - 1) { elements[$0] < elements[$1] }
    }

    @inlinable func popLeastPosition(_ frontier: inout [Int]) -> Int? {
        guard let last = frontier.popLast() else { return nil }
        guard !frontier.isEmpty else { return last }
        let top = frontier[0]
        frontier[0] = last
        Self.siftDown(&frontier, from: 0) { elements[$0] < elements[$1] }
        return top
    }

    /// Restores heap order in `items` (by `less`) after the item at `start` got less than its parent.
    @inlinable static func siftUp<Item>(_ items: inout [Item], from start: Int, by less: (Item, Item) -> Bool) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    /// Restores heap order in `items` (by `less`) after the item at `start` got greater than a child.
    @inlinable static func siftDown<Item>(_ items: inout [Item], from start: Int, by less: (Item, Item) -> Bool) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            guard left < items.count else { break }
            let right = left + 1
            let child = right < items.count && less(items[right], items[left]) ? right : left
            guard less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            parent = child
        }
    }
}

extension MinHeap: Sendable where Element: Sendable {}
