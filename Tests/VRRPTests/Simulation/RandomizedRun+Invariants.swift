import NetworkPrimitives
import TestSupport
import VRRP

extension RandomizedRun {
    /// A stretch of time during which an invariant failed for longer than allowed.
    struct Violation: CustomStringConvertible {
        let rule: String
        let from: MonotonicInstant
        let to: MonotonicInstant
        let allowed: Duration
        var description: String { "\(rule) from \(from) to \(to) (allowed \(allowed))" }
    }

    /// Never two masters for longer than one advert interval plus the delivery delay, and never
    /// no master for longer than Master_Down_Interval plus the delay while a router runs; each
    /// measured from the later of the stretch's start and the end of any disturbance inside it
    /// (and, for "no master", of the moment the router that is still running at the end came up).
    func violations() -> [Violation] {
        let dual = maximumInterval + maximumDelay + .microseconds(1)
        let none = maximumMasterDownInterval + maximumDelay + .microseconds(1)
        var result: [Violation] = []
        for stretch in stretches(where: { $0 >= 2 }) {
            let from = measuredStart(of: stretch)
            if stretch.upperBound - from > dual {
                result.append(Violation(rule: "two masters", from: from, to: stretch.upperBound, allowed: dual))
            }
        }
        for stretch in stretches(where: { $0 == 0 }) {
            guard let healthy = earliestContinuouslyRunning(until: stretch.upperBound) else { continue }
            let from = max(measuredStart(of: stretch), healthy)
            if stretch.upperBound - from > none {
                result.append(Violation(rule: "no master", from: from, to: stretch.upperBound, allowed: none))
            }
        }
        return result
    }

    /// Maximal stretches during which the number of masters satisfies `condition`.
    private func stretches(where condition: (Int) -> Bool) -> [Range<MonotonicInstant>] {
        var changes = lan.timeline["VI_1"] ?? []
        if changes.first?.time != .zero { changes.insert(.init(time: .zero, masters: []), at: 0) }
        var result: [Range<MonotonicInstant>] = []
        var open: MonotonicInstant?
        for change in changes {
            if condition(change.masters.count) {
                if open == nil { open = change.time }
            } else if let start = open {
                if change.time > start { result.append(start..<change.time) }
                open = nil
            }
        }
        if let start = open, end > start { result.append(start..<end) }
        return result
    }

    private func measuredStart(of stretch: Range<MonotonicInstant>) -> MonotonicInstant {
        disturbances.filter { $0.overlaps(stretch) || $0.upperBound == stretch.lowerBound }
            .map(\.upperBound).reduce(stretch.lowerBound, max)
    }

    /// The earliest instant since which some router has run without interruption up to `end`.
    private func earliestContinuouslyRunning(until end: MonotonicInstant) -> MonotonicInstant? {
        let before = running.filter { $0.time < end }
        guard let current = before.last?.names, !current.isEmpty else { return nil }
        return current.map { name in
            before.last { !$0.names.contains(name) }.map { change in
                before.first { $0.time > change.time && $0.names.contains(name) }?.time ?? end
            } ?? .zero
        }.min()
    }
}
