import NetworkPrimitives
import Runtime

/// The reactor as the VRRP loop's clock: CLOCK_MONOTONIC, with sleeps kept in the reactor's timer
/// heap and the timerfd armed for the earliest to the nanosecond, so a 20 ms advertisement interval is
/// kept without a millisecond's rounding and without any other thread.
extension VRRPReactor: AlarmClock {
    /// CLOCK_MONOTONIC.
    public var now: MonotonicInstant { System.monotonicNow() }

    /// Returns at or after `deadline` (the reactor thread resumes the task on its executor); throws
    /// `CancellationError` when the task is cancelled or the reactor has stopped.
    public func sleep(until deadline: MonotonicInstant) async throws {
        try await ReactorSleep.wait(until: deadline) { inbox.post(sleep: $0) }
    }

    /// An alarm kept in the reactor's timer heap and fired on its thread (the VRRP loop's deadline).
    public func makeAlarm(_ fire: @escaping @Sendable () -> Void) -> any Alarm {
        ReactorAlarm(inbox: inbox, fire: fire)
    }
}
