import NetworkPrimitives

/// `vrrp_garp_interval` and `vrrp_gna_interval`: after a gratuitous ARP (or an unsolicited neighbour
/// advertisement) on an interface, the next one on that interface waits for the interval. One that
/// comes too early is held; an address already held is not held twice, as keepalived marks an
/// address pending rather than queueing each message (`vrrp_arp.c`, `vrrp_ndisc.c`).
struct AnnouncementPacer: Hashable, Sendable {
    struct Lane: Hashable, Sendable {
        var interface: InterfaceName
        var family: AddressFamily
    }

    let garpInterval: Duration
    let gnaInterval: Duration
    /// When each lane may send again.
    var nextTime: [Lane: MonotonicInstant] = [:]
    /// The held addresses of each lane, oldest first.
    var held: [Lane: [IPAddress]] = [:]

    init(garpInterval: Duration, gnaInterval: Duration) {
        self.garpInterval = garpInterval
        self.gnaInterval = gnaInterval
    }

    func interval(_ family: AddressFamily) -> Duration {
        switch family {
        case .inet: garpInterval
        case .inet6: gnaInterval
        }
    }

    /// The earliest instant a held announcement can go.
    var nextDeadline: MonotonicInstant? {
        // Asked after every engine step: nothing is built while nothing is held.
        guard !held.isEmpty else { return nil }
        return held.keys.lazy.compactMap { nextTime[$0] }.min()
    }

    /// `effects` with each announcement that comes too early held back; a removed address's held
    /// announcement is dropped.
    mutating func pace(_ effects: [EngineEffect], now: MonotonicInstant) -> [EngineEffect] {
        var result = effects
        pace(&result, from: 0, now: now)
        return result
    }

    /// `pace(_:now:)` in place, on the effects from index `start` on: those before it stay as they are.
    mutating func pace(_ effects: inout [EngineEffect], from start: Int, now: MonotonicInstant) {
        guard garpInterval > .zero || gnaInterval > .zero else { return }
        var kept = start
        for index in start..<effects.count {
            let effect = effects[index]
            if admits(effect, now: now) {
                effects[kept] = effect
                kept += 1
            }
        }
        effects.removeSubrange(kept...)
    }

    /// Whether `effect` goes out now; an announcement that comes too early is held instead.
    private mutating func admits(_ effect: EngineEffect, now: MonotonicInstant) -> Bool {
        switch effect {
        case .announce(let address, let interface):
            let lane = Lane(interface: interface, family: address.family)
            let interval = interval(address.family)
            guard interval > .zero else { return true }
            if let next = nextTime[lane], now < next || held[lane]?.isEmpty == false {
                if held[lane, default: []].contains(address) == false { held[lane, default: []].append(address) }
                return false
            }
            nextTime[lane] = now + interval
            return true
        case .removeAddress(let address):
            let lane = Lane(interface: address.interface, family: address.prefix.family)
            held[lane]?.removeAll { $0 == address.address }
            // A lane with nothing held has no key, so `nextDeadline` and `due` build nothing.
            if held[lane]?.isEmpty == true { held[lane] = nil }
            return true
        case .transmit, .addAddress, .addRoute, .removeRoute, .addRule, .removeRule, .runScript, .log,
            .writeNotifyFIFO, .syncDaemon:
            return true
        }
    }

    /// The held announcements whose lane may send now, one per lane.
    mutating func due(now: MonotonicInstant) -> [EngineEffect] {
        var result: [EngineEffect] = []
        due(now: now, into: &result)
        return result
    }

    /// `due(now:)` appended to `effects`; builds nothing while nothing is held.
    mutating func due(now: MonotonicInstant, into effects: inout [EngineEffect]) {
        guard !held.isEmpty else { return }
        let lanes = held.keys.sorted { ($0.interface, $0.family.rawValue) < ($1.interface, $1.family.rawValue) }
        for lane in lanes {
            guard let next = nextTime[lane], next <= now, var addresses = held[lane], !addresses.isEmpty else { continue }
            let address = addresses.removeFirst()
            held[lane] = addresses.isEmpty ? nil : addresses
            nextTime[lane] = now + interval(lane.family)
            effects.append(.announce(address, on: lane.interface))
        }
    }
}
