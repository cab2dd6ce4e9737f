/// The service manager watching the process (systemd, through LinuxPlatform's `SystemdSupervisor`):
/// the loop says when its core has started, that it is still taking inputs, and when it stops.
public protocol ServiceSupervisor: Sendable {
    /// How often the loop must prove it is alive (half of systemd's `WATCHDOG_USEC`); nil: never.
    var keepAliveInterval: Duration? { get }
    /// The core's start effects have been carried out: the first configuration is applied.
    func loopStarted()
    /// The loop took a keep-alive input from its own inbox, so it is not stalled.
    func loopAlive()
    /// The loop took `.stop` and is shutting down.
    func loopStopping()
}
