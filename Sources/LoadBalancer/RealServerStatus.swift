/// What health checking says about one real server.
public struct RealServerStatus: Hashable, Sendable {
    /// True when every checker of the real server is UP.
    public var isAlive: Bool
    /// Weights requested by dynamic checkers (MISC_CHECK `misc_dynamic`), one per checker that set one.
    public var dynamicWeights: [Int]

    public init(isAlive: Bool, dynamicWeights: [Int] = []) {
        self.isAlive = isAlive
        self.dynamicWeights = dynamicWeights
    }

    public static let alive = RealServerStatus(isAlive: true)
    public static let dead = RealServerStatus(isAlive: false)
}
