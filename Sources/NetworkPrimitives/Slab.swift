/// Values stored at stable indices, reused after removal: the stream reactor's probes and timed
/// starts, the checker scheduler's checkers. Lookups by index are O(1) and need no hashing.
/// Inlinable, so other modules get it specialised for their value type.
public struct Slab<Value> {
    @usableFromInline var values: [Value?] = []
    @usableFromInline var free: [Int] = []

    @inlinable public init() {}

    /// Stores `value` and returns its index.
    @inlinable public mutating func insert(_ value: Value) -> Int {
        if let index = free.popLast() {
            values[index] = value
            return index
        }
        values.append(value)
        return values.count - 1
    }

    /// Takes the value at `index` out, freeing the index.
    @inlinable @discardableResult
    public mutating func remove(at index: Int) -> Value? {
        guard values.indices.contains(index), let value = values[index] else { return nil }
        values[index] = nil
        free.append(index)
        return value
    }

    /// The value at `index`, nil when the index is free or was never used. Mutations through the
    /// subscript happen in place; use `insert` and `remove(at:)` to add or take out values.
    @inlinable public subscript(index: Int) -> Value? {
        get { values.indices.contains(index) ? values[index] : nil }
        _modify {
            if values.indices.contains(index), values[index] != nil {
                yield &values[index]
            } else {
                var absent: Value? = nil
                yield &absent
            }
        }
    }

    /// The indices holding a value.
    @inlinable public var occupied: [Int] { values.indices.filter { values[$0] != nil } }
}

extension Slab: Sendable where Value: Sendable {}
