import HealthCheck
import NetworkPrimitives

/// The runner's admission state, behind its mutex.
struct AdmissionState: Sendable {
    enum Ready: Sendable {
        case start(AdmittedProbe, requestedAt: MonotonicInstant?)
        case fail(AdmittedProbe, reason: String)
    }

    var admission: ProbeAdmission<AdmittedProbe>
    /// Admitted (or expired) requests not yet acted on.
    var ready: [Ready] = []
    /// Some thread is acting on `ready`.
    var running = false

    /// True when the caller must act on `ready` (work is there and nobody else is on it).
    mutating func claimRunning() -> Bool {
        guard !running, !ready.isEmpty else { return false }
        running = true
        return true
    }

    /// What is ready, or nil (and the claim released) when nothing is.
    mutating func takeReady() -> [Ready]? {
        guard !ready.isEmpty else {
            running = false
            return nil
        }
        defer { ready.removeAll(keepingCapacity: true) }
        return ready
    }
}
