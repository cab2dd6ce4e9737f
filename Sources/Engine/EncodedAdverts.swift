import VRRP

/// The adverts an instance last encoded, one payload per destination, kept with the configuration and
/// priority they were encoded for: a steady master sends the same bytes every interval, so it shares
/// them instead of encoding them again (the payload's array is copied on write, never written).
struct EncodedAdverts: Sendable {
    private struct Entry: Sendable {
        var vrrp: VRRPInstanceConfiguration
        var priority: UInt8
        var payloads: [[UInt8]]
    }

    private var entries: [String: Entry] = [:]

    /// The payloads encoded for instance `name` from `vrrp` at `priority`, if those were the last.
    func payloads(of name: String, vrrp: VRRPInstanceConfiguration, priority: UInt8) -> [[UInt8]]? {
        guard let entry = entries[name], entry.priority == priority, entry.vrrp == vrrp else { return nil }
        return entry.payloads
    }

    mutating func remember(_ payloads: [[UInt8]], of name: String, vrrp: VRRPInstanceConfiguration, priority: UInt8) {
        entries[name] = Entry(vrrp: vrrp, priority: priority, payloads: payloads)
    }

    /// Forgets every instance (a reload: names may be gone).
    mutating func removeAll() { entries.removeAll() }
}
