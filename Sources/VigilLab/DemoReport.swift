import LinuxPlatform

/// What `vigil demo` prints while it waits: one line per quarter second with how many of the
/// client's requests each web server answered (or none did) and which director holds the VIP.
struct DemoReport {
    let prober: HTTPProber
    let lab: NamespaceLab
    let output: @Sendable (String) -> Void
    private var shown = 0

    init(prober: HTTPProber, lab: NamespaceLab, output: @escaping @Sendable (String) -> Void) {
        self.prober = prober
        self.lab = lab
        self.output = output
        shown = prober.recorded.count
    }

    /// Prints a line per quarter second for `period`.
    mutating func show(for period: Duration) {
        let until = ContinuousClock.now + period
        repeat { quarter() } while ContinuousClock.now < until
    }

    /// Prints a line per quarter second until `condition` holds (true) or `timeout` passes (false).
    mutating func until(_ timeout: Duration, _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            quarter()
            if condition() { return true }
        }
        return condition()
    }

    private mutating func quarter() {
        System.sleep(for: .milliseconds(250))
        let fresh = prober.samples(from: shown)
        shown += fresh.count
        guard let first = fresh.first else { return }
        var counts: [String: Int] = [:]
        for sample in fresh { counts[sample.responder ?? "no answer", default: 0] += 1 }
        let parts = counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        let holder = ["lb1", "lb2"].filter { lab.holds($0, DemoRunner.vip) }.joined(separator: "+")
        output(
            "  t=\(DemoRunner.fixed(first.time, width: 6))s  VIP on \(holder.isEmpty ? "nobody" : holder)  "
                + parts.joined(separator: ", "))
    }
}
