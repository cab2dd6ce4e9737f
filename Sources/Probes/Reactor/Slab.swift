/// Values stored at stable indices, reused after removal: the reactor's timed starts wait here
/// while the timer heap orders plain index entries.
struct Slab<Value> {
    private var values: [Value?] = []
    private var free: [Int] = []

    /// Stores `value` and returns its index.
    mutating func insert(_ value: Value) -> Int {
        if let index = free.popLast() {
            values[index] = value
            return index
        }
        values.append(value)
        return values.count - 1
    }

    /// Takes the value at `index` out, freeing the index.
    @discardableResult
    mutating func remove(at index: Int) -> Value? {
        guard index < values.count, let value = values[index] else { return nil }
        values[index] = nil
        free.append(index)
        return value
    }
}
