/// Timing bounds for tests that run beside hundreds of others on two shared cores, where a thread
/// can go seconds without the CPU: a check that must end at its deadline ends no earlier and before
/// `deadline + slack`; one that must not wait for its deadline has `patientTimeout` and ends before
/// `prompt`. The bounds are loose on purpose; what a check did is asserted through its result.
enum Timing {
    static let slack = Duration.seconds(10)
    static let patientTimeout = Duration.seconds(30)
    static let prompt = Duration.seconds(10)
}
