import NetworkPrimitives

/// One takeover's figures, in milliseconds from the Master_Down deadline of the first step that
/// took over (the first instance's).
struct TakeoverRound {
    /// The deadline step's start after its deadline.
    var lateness: Double
    /// The first step's engine and board work, before its first effect.
    var firstStepCompute: Double
    /// The first instance of the first step: advert sent, VIP added, first GARP, FIFO line.
    var firstAdvert: Double
    var firstVIP: Double
    var firstGARP: Double
    var firstFIFO: Double
    /// VRID 1 (the instance whose VIP the soak's client probes): its first GARP.
    var vrid1GARP: Double
    /// The last instance's first GARP.
    var lastGARP: Double
    /// Deadline steps between the first and the last instance's GARP, and how many took over in the first.
    var steps: Int
    var firstStepInstances: Int

    init?(marks: [TakeoverTimeline.Mark], instanceCount: Int) {
        let sorted = marks.sorted { $0.at < $1.at }
        guard let firstAdvert = sorted.firstIndex(where: { if case .advert = $0.kind { true } else { false } }),
            let stepIndex = sorted[..<firstAdvert].lastIndex(where: { if case .stepStart = $0.kind { true } else { false } }),
            case .stepStart(let due) = sorted[stepIndex].kind,
            case .advert(let firstVRID) = sorted[firstAdvert].kind
        else { return nil }
        func since(_ instant: MonotonicInstant) -> Double { Self.milliseconds(from: due, to: instant) }
        func first(_ match: (TakeoverTimeline.Kind) -> Bool) -> MonotonicInstant? {
            sorted.first { match($0.kind) }?.at
        }
        let step = sorted[stepIndex]
        guard let computed = sorted[stepIndex...].first(where: { $0.kind == .stepComputed })?.at,
            let vip = first({ $0 == .vipAdded(vrid: firstVRID) }),
            let garp = first({ $0 == .garp(vrid: firstVRID) }),
            let vrid1 = first({ $0 == .garp(vrid: 1) })
        else { return nil }
        var firstGARPs: [Int: MonotonicInstant] = [:]
        for mark in sorted {
            if case .garp(let vrid) = mark.kind, firstGARPs[vrid] == nil { firstGARPs[vrid] = mark.at }
        }
        guard firstGARPs.count == instanceCount, let last = firstGARPs.values.max() else { return nil }
        let nextStep = sorted[(stepIndex + 1)...].first { if case .stepStart = $0.kind { true } else { false } }?.at
        lateness = Self.milliseconds(from: due, to: step.at)
        firstStepCompute = Self.milliseconds(from: step.at, to: computed)
        self.firstAdvert = since(sorted[firstAdvert].at)
        firstVIP = since(vip)
        firstGARP = since(garp)
        firstFIFO = first({ $0 == .fifo(vrid: firstVRID) }).map(since) ?? .nan
        vrid1GARP = since(vrid1)
        lastGARP = since(last)
        steps = sorted.filter { mark in
            guard case .stepStart = mark.kind else { return false }
            return mark.at >= step.at && mark.at <= last
        }.count
        firstStepInstances = firstGARPs.values.filter { instant in nextStep.map { instant < $0 } ?? true }.count
    }

    init(columns: [Double], steps: Int, firstStepInstances: Int) {
        (lateness, firstStepCompute, firstAdvert, firstVIP, firstGARP, firstFIFO, vrid1GARP, lastGARP) = (
            columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6], columns[7]
        )
        self.steps = steps
        self.firstStepInstances = firstStepInstances
    }

    var columns: [Double] {
        [lateness, firstStepCompute, firstAdvert, firstVIP, firstGARP, firstFIFO, vrid1GARP, lastGARP]
    }

    var line: String {
        "step late \(Self.text(lateness)), step computed in \(Self.text(firstStepCompute)); first instance: advert \(Self.text(firstAdvert)), VIP \(Self.text(firstVIP)), GARP \(Self.text(firstGARP)), FIFO \(Self.text(firstFIFO)); VRID 1 GARP \(Self.text(vrid1GARP)); last instance GARP \(Self.text(lastGARP)); \(steps) steps, \(firstStepInstances) in the first"
    }

    static func median(_ rounds: [TakeoverRound]) -> TakeoverRound {
        func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let columns = (0..<8).map { column in middle(rounds.map { $0.columns[column] }) }
        let steps = rounds.map(\.steps).sorted()[rounds.count / 2]
        let first = rounds.map(\.firstStepInstances).sorted()[rounds.count / 2]
        return TakeoverRound(columns: columns, steps: steps, firstStepInstances: first)
    }

    static func milliseconds(from start: MonotonicInstant, to end: MonotonicInstant) -> Double {
        Double(end.nanoseconds - start.nanoseconds) / 1e6
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    static func milliseconds(_ duration: Duration) -> String { text(milliseconds(duration)) }

    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
