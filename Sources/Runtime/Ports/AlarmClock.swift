import NetworkPrimitives

/// A clock that can call back at an instant without a task per wait: `DeadlineTimer` uses it when its
/// clock offers it (the VRRP reactor), so arming, moving and firing the VRRP loop's deadline allocate
/// nothing (Docs/Modules/VRRPReactor.md). Other clocks fall back to a sleeping task.
public protocol AlarmClock: MonotonicClock {
    /// An alarm that calls `fire` (on the clock's own thread) when the instant it is set to has come.
    func makeAlarm(_ fire: @escaping @Sendable () -> Void) -> any Alarm
}

/// One re-settable alarm of an `AlarmClock`.
public protocol Alarm: Sendable {
    /// Fires once at or after `instant`, replacing whatever instant was set before; nil cancels. A
    /// firing already under way when it is set again may still arrive (a spurious deadline is harmless).
    func set(_ instant: MonotonicInstant?)
}
