/// The traffic each VIP carries: a rate per VIP, or a total that DNS round robin shares evenly
/// among the VIPs. Kept as a fraction so that 1 Gbit/s over three VIPs compares exactly.
public struct VIPLoad: Hashable, Sendable {
    /// The rate of `vips` VIPs together, in kbit/s.
    public var kilobitsPerSecond: Int
    public var vips: Int

    /// Each VIP carries `rate`.
    public static func perVIP(_ rate: Bandwidth) -> VIPLoad {
        VIPLoad(kilobitsPerSecond: rate.kilobitsPerSecond, vips: 1)
    }

    /// `total` shared by `vipCount` VIPs.
    public static func total(_ total: Bandwidth, over vipCount: Int) -> VIPLoad {
        VIPLoad(kilobitsPerSecond: total.kilobitsPerSecond, vips: max(1, vipCount))
    }

    /// True when `count` VIPs together carry no more than `capacity`.
    public func fits(_ count: Int, within capacity: Bandwidth) -> Bool {
        count * kilobitsPerSecond <= capacity.kilobitsPerSecond * vips
    }

    /// What `count` VIPs carry, rounded to 1 Mbit/s: `0.75 Gbit/s`.
    public func carried(by count: Int) -> String { gigabits(carriedBy: count) + " Gbit/s" }

    /// The number of Gbit/s `count` VIPs carry, rounded to 1 Mbit/s: `0.75`.
    public func gigabits(carriedBy count: Int) -> String {
        Bandwidth.gigabits(thousandths: (count * kilobitsPerSecond + 500 * vips) / (1_000 * vips))
    }

    /// What `count` VIPs carry as a whole percentage of `capacity` (rounded down).
    public func percent(_ count: Int, of capacity: Bandwidth) -> Int {
        guard capacity.kilobitsPerSecond > 0 else { return 0 }
        return count * kilobitsPerSecond * 100 / (capacity.kilobitsPerSecond * vips)
    }
}
