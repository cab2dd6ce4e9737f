/// What one tracker binding does to its instance given the object's reading (keepalived section 3.14).
public enum VRRPTrackerContribution: Hashable, Sendable {
    /// No reading yet, or a weighted object in the state that adds nothing.
    case none
    /// Adds this many priority points (negative lowers).
    case adjust(Int)
    /// The instance must be in FAULT.
    case fault

    /// The contribution of `binding` when its object reads `reading` (nil: no result yet).
    public init(binding: VRRPTrackerBinding, reading: VRRPTrackerReading?) {
        switch reading {
        case nil: self = .none
        case .value(let value): self = Self.fileContribution(binding: binding, value: value)
        case .up: self = Self.stateContribution(binding: binding, healthy: !binding.reverse)
        case .down: self = Self.stateContribution(binding: binding, healthy: binding.reverse)
        }
    }

    private static func stateContribution(binding: VRRPTrackerBinding, healthy: Bool) -> Self {
        if binding.weight == 0 { return healthy ? .none : .fault }
        if binding.weight > 0 { return healthy ? .adjust(binding.weight) : .none }
        return healthy ? .none : .adjust(binding.weight)
    }

    // track_file: value x weight; with weight 0 any non-zero value faults, and a total below -253 faults.
    private static func fileContribution(binding: VRRPTrackerBinding, value: Int) -> Self {
        if binding.weight == 0 { return value == 0 ? .none : .fault }
        let weight = binding.reverse ? -binding.weight : binding.weight
        let (product, overflow) = value.multipliedReportingOverflow(by: weight)
        if overflow || product < -253 { return .fault }
        return product == 0 ? .none : .adjust(product)
    }
}
