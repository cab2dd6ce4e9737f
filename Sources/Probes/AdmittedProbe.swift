import HealthCheck

/// A probe asked of the runner, and whom to tell.
struct AdmittedProbe: Sendable {
    var key: ProbeKey
    var completion: @Sendable (ProbeResult) -> Void
}
