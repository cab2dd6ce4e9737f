import HealthCheck
import LinuxPlatform
import NetworkPrimitives

/// The runner's in-flight cap. `ProbeAdmission` decides; this side starts what it admits, wherever
/// the probe's kind runs (the stream reactor or the event loop), and fails what expired waiting.
/// Starts and results come from several threads (the caller's, the reactor's, the event loop's),
/// so the admission state sits behind a mutex, and whoever finds work queued while nobody is
/// starting probes starts it: a probe that ends at once inside `launch` only queues its successor,
/// so the stack never grows with the queue.
extension ProbeRunner {
    /// Half the open-file limit, between 64 and 16384 (512 when the limit cannot be read).
    public static var defaultMaximumInFlight: Int {
        guard let limit = System.openFileLimit() else { return 512 }
        return Int(min(16384, max(64, limit / 2)))
    }

    /// At most this many probes run at once, across every kind.
    public var maximumInFlight: Int { admission.withLock { $0.admission.maximumInFlight } }

    /// Probes running and probes waiting for a slot.
    public var load: (inFlight: Int, waiting: Int) {
        admission.withLock { ($0.admission.inFlight, $0.admission.waiting) }
    }

    /// A new request: it starts when the cap allows, else waits its turn.
    func admit(_ probe: AdmittedProbe, at now: MonotonicInstant) {
        let mustRun = admission.withLock { state in
            if state.admission.request(probe, timeout: probe.key.timeout, at: now) {
                state.ready.append(.start(probe, requestedAt: nil))
            }
            return state.claimRunning()
        }
        if mustRun { runReady() }
    }

    /// A started probe has ended: its slot goes to the next waiting request before the result is
    /// delivered, so a completion that asks for another probe queues behind those already waiting.
    private func finished(_ probe: AdmittedProbe, _ result: ProbeResult) {
        let now = System.monotonicNow()
        let mustRun = admission.withLock { state in
            state.admission.finished()
            while let decision = state.admission.next(now: now) {
                switch decision {
                case .start(let waiting, let requestedAt): state.ready.append(.start(waiting, requestedAt: requestedAt))
                case .expired(let waiting, let reason): state.ready.append(.fail(waiting, reason: reason))
                }
            }
            return state.claimRunning()
        }
        probe.completion(result)
        if mustRun { runReady() }
    }

    /// Starts (or fails) everything admitted until nothing is left.
    private func runReady() {
        while let batch = admission.withLock({ $0.takeReady() }) {
            for item in batch {
                switch item {
                case .start(let probe, let requestedAt):
                    launch(probe.key, requestedAt: requestedAt) { [self] result in finished(probe, result) }
                case .fail(let probe, let reason):
                    probe.completion(.failure(reason: reason))
                }
            }
        }
    }
}
