/// The tracked objects of one instance and their latest readings: effective priority and
/// fault conditions (keepalived section 3.14).
public struct VRRPTrackerSet: Hashable, Sendable {
    public private(set) var bindings: [VRRPTrackerBinding]
    private var readings: [VRRPTrackerID: VRRPTrackerReading] = [:]

    public init(bindings: [VRRPTrackerBinding]) {
        self.bindings = bindings
    }

    /// True when some binding watches `tracker`.
    public func tracks(_ tracker: VRRPTrackerID) -> Bool {
        bindings.contains { $0.tracker == tracker }
    }

    public func reading(of tracker: VRRPTrackerID) -> VRRPTrackerReading? { readings[tracker] }

    /// Stores a reading; returns false when `tracker` is not watched or the reading is unchanged.
    @discardableResult
    public mutating func record(_ reading: VRRPTrackerReading, for tracker: VRRPTrackerID) -> Bool {
        guard tracks(tracker), readings[tracker] != reading else { return false }
        readings[tracker] = reading
        return true
    }

    /// Base priority plus every weighted contribution, clamped to 1...254; an owner (255) is never adjusted.
    public func effectivePriority(base: UInt8) -> UInt8 {
        if base == 255 { return 255 }
        var total = Int(base)
        for binding in bindings {
            if case .adjust(let points) = contribution(of: binding) { total += points }
        }
        return UInt8(min(max(total, 1), 254))
    }

    /// The objects whose state puts the instance in FAULT, in binding order without repeats.
    public var faultingTrackers: [VRRPTrackerID] {
        var result: [VRRPTrackerID] = []
        for binding in bindings where contribution(of: binding) == .fault && !result.contains(binding.tracker) {
            result.append(binding.tracker)
        }
        return result
    }

    /// True while a tracked script has produced no result yet (keepalived's "init scripts").
    public var hasPendingScripts: Bool {
        bindings.contains { $0.tracker.kind == .script && readings[$0.tracker] == nil }
    }

    public func contribution(of binding: VRRPTrackerBinding) -> VRRPTrackerContribution {
        VRRPTrackerContribution(binding: binding, reading: readings[binding.tracker])
    }

    /// Drops every weighted binding, returning the dropped ones (sync-group members without
    /// `sync_group_tracking_weight`, keepalived section 3.14).
    public mutating func removeWeightedBindings() -> [VRRPTrackerBinding] {
        let removed = bindings.filter { $0.weight != 0 }
        bindings.removeAll { $0.weight != 0 }
        return removed
    }

    /// Adds bindings not already present (group-level tracking applied to a member).
    public mutating func add(_ extra: [VRRPTrackerBinding]) {
        for binding in extra where !bindings.contains(binding) { bindings.append(binding) }
    }
}
