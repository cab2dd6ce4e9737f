/// A binary min-heap ordered by `Element.<`: the stream probes' deadlines and timed starts.
/// Entries are never removed early; a finished probe's deadline is skipped when it surfaces.
struct TimerHeap<Element: Comparable> {
    private var elements: [Element] = []

    var isEmpty: Bool { elements.isEmpty }
    var count: Int { elements.count }
    var first: Element? { elements.first }

    mutating func push(_ element: Element) {
        elements.append(element)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard elements[child] < elements[parent] else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the least element.
    mutating func popFirst() -> Element? {
        guard let last = elements.popLast() else { return nil }
        guard !elements.isEmpty else { return last }
        let top = elements[0]
        elements[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < elements.count else { break }
            let right = left + 1
            let child = right < elements.count && elements[right] < elements[left] ? right : left
            guard elements[child] < elements[parent] else { break }
            elements.swapAt(child, parent)
            parent = child
        }
        return top
    }

    /// Removes and returns every element `isDue` accepts from the top, least first.
    mutating func popAll(while isDue: (Element) -> Bool) -> [Element] {
        var due: [Element] = []
        while let top = elements.first, isDue(top), let element = popFirst() { due.append(element) }
        return due
    }
}
