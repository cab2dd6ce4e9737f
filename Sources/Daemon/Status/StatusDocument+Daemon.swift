import Engine

extension StatusDocument {
    /// One state change of an instance or a sync group, for the list of recent transitions.
    public struct RecentTransition: Codable, Hashable, Sendable {
        /// `instance` or `syncGroup`.
        public var kind: String
        public var name: String
        public var transition: Transition

        public init(kind: String, name: String, transition: Transition) {
            self.kind = kind
            self.name = name
            self.transition = transition
        }
    }

    /// The daemon process, as Prometheus client libraries report theirs (`process_*`).
    public struct ProcessFigures: Codable, Hashable, Sendable {
        /// Seconds since the Unix epoch.
        public var startTime: Double
        public var cpuSeconds: Double?
        public var residentBytes: Int?

        public init(startTime: Double, cpuSeconds: Double?, residentBytes: Int?) {
            self.startTime = startTime
            self.cpuSeconds = cpuSeconds
            self.residentBytes = residentBytes
        }
    }

    /// Check durations in cumulative buckets (`DurationHistogram`): `counts[i]` checks took at most
    /// `bounds[i]` seconds.
    public struct Histogram: Codable, Hashable, Sendable {
        public var bounds: [Double]
        public var counts: [Int]
        public var count: Int
        public var sum: Double

        public init(_ histogram: DurationHistogram) {
            bounds = histogram.bounds
            counts = histogram.counts
            count = histogram.count
            sum = histogram.sum
        }
    }
}
