extension Array {
    /// Appends `other`; an empty array takes `other`'s storage instead of copying it into a new one,
    /// so gathering a step's results, most often a single list, allocates nothing more.
    @inlinable
    public mutating func append(adopting other: [Element]) {
        if isEmpty { self = other } else { append(contentsOf: other) }
    }
}
