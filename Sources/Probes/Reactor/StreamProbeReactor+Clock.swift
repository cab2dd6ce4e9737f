import LinuxPlatform
import NetworkPrimitives

/// The reactor as a clock: CLOCK_MONOTONIC, with sleeps kept in the reactor loop's timer heap, so a
/// timer costs no thread of its own and no wake-up beyond the loop's own epoll timeout.
extension StreamProbeReactor {
    /// CLOCK_MONOTONIC, the clock of every deadline the reactor keeps.
    public var now: MonotonicInstant { Self.now() }

    /// Returns at or after `deadline` (the reactor thread resumes the task on its executor); throws
    /// `CancellationError` when the task is cancelled or the reactor has stopped.
    public func sleep(until deadline: MonotonicInstant) async throws {
        try await ReactorSleep.wait(until: deadline) { inbox.post(sleep: $0) }
    }
}
