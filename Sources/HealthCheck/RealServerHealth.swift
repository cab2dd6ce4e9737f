/// The health of one real server: alive iff every one of its checkers is UP; a real server without
/// checkers is always alive (Docs/Keepalived.md §4.1).
public struct RealServerHealth: Hashable, Sendable {
    private var states: [CheckerKey: CheckerStateMachine.State]
    private var weights: [CheckerKey: Int]
    /// The checkers in the order they were configured.
    public let checkers: [CheckerKey]

    public init(checkers: [CheckerKey], states: [CheckerKey: CheckerStateMachine.State] = [:]) {
        var unique: [CheckerKey] = []
        for key in checkers where !unique.contains(key) { unique.append(key) }
        self.checkers = unique
        self.states = states.filter { unique.contains($0.key) }
        weights = [:]
    }

    public var isAlive: Bool {
        checkers.allSatisfy { states[$0, default: .up] == .up }
    }

    /// The number of checkers not UP (keepalived's `num_failed_checkers`).
    public var failedCheckerCount: Int {
        checkers.count { states[$0, default: .up] == .down }
    }

    /// Dynamic weights requested by this server's checkers, in checker order.
    public var dynamicWeights: [Int] { checkers.compactMap { weights[$0] } }

    public func state(of checker: CheckerKey) -> CheckerStateMachine.State? {
        checkers.contains(checker) ? states[checker, default: .up] : nil
    }

    /// Records a checker's state; returns true when that flipped `isAlive`.
    @discardableResult
    public mutating func record(_ checker: CheckerKey, state: CheckerStateMachine.State) -> Bool {
        guard checkers.contains(checker) else { return false }
        let wasAlive = isAlive
        states[checker] = state
        return wasAlive != isAlive
    }

    /// Records a checker's dynamic weight; returns true when `dynamicWeights` changed.
    @discardableResult
    public mutating func record(_ checker: CheckerKey, dynamicWeight: Int?) -> Bool {
        guard checkers.contains(checker), weights[checker] != dynamicWeight else { return false }
        weights[checker] = dynamicWeight
        return true
    }
}
