import Synchronization

/// A count shared between the feeding task and the measuring one.
final class ManagedCounter: Sendable {
    private let count = Atomic<Int>(0)
    func add(_ amount: Int) { count.add(amount, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}
