import NetworkPrimitives
import Synchronization

/// What happened when, on the reactor's clock: the marks the timed ports and core leave.
final class TakeoverTimeline: Sendable {
    enum Kind: Hashable, Sendable {
        /// A deadline step began at `at`; the core's deadline was `due`.
        case stepStart(due: MonotonicInstant)
        /// The core returned the step's effects (engine and board).
        case stepComputed
        case advert(vrid: Int)
        case vipAdded(vrid: Int)
        case vipRemoved(vrid: Int)
        case garp(vrid: Int)
        case fifo(vrid: Int)
    }

    struct Mark: Sendable {
        var at: MonotonicInstant
        var kind: Kind
    }

    private let marks = Mutex<[Mark]>([])

    init() {
        marks.withLock { $0.reserveCapacity(100_000) }
    }

    func mark(_ kind: Kind, at instant: MonotonicInstant) {
        marks.withLock { $0.append(Mark(at: instant, kind: kind)) }
    }

    /// The marks since `start`, and forgets every mark.
    func take(since start: MonotonicInstant) -> [Mark] {
        marks.withLock { marks in
            defer { marks.removeAll(keepingCapacity: true) }
            return marks.filter { $0.at >= start }
        }
    }

    /// `VI_17` -> 17, `10.98.0.17` -> 17.
    static func vrid(instance: String) -> Int { Int(instance.dropFirst(3)) ?? 0 }
    static func vrid(address: IPAddress) -> Int {
        guard case .v4(let v4) = address else { return 0 }
        return Int(v4.value & 0xff)
    }
}
