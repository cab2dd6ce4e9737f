import Runtime
import Synchronization

/// The `ServiceSupervisor` port on systemd (and on the parent of a forking start): READY=1 once the
/// VRRP loop has started, WATCHDOG=1 at each keep-alive it takes, STOPPING=1 when it stops, and the
/// readiness byte the waiting parent of a daemon started without `-n` needs (`DetachedStart`).
public final class SystemdSupervisor: ServiceSupervisor {
    /// The notification socket.
    public let notifier: SystemdNotifier
    private let readyStatus: @Sendable () -> String
    private let readiness: Mutex<DetachedStart.Readiness?>

    /// A supervisor telling `notifier` (and `readiness`, once) about the loop; `readyStatus` is the
    /// STATUS= line sent with READY=1.
    public init(
        notifier: SystemdNotifier, readiness: DetachedStart.Readiness? = nil,
        readyStatus: @escaping @Sendable () -> String
    ) {
        self.notifier = notifier
        self.readyStatus = readyStatus
        self.readiness = Mutex(readiness)
    }

    public var keepAliveInterval: Duration? { notifier.watchdogInterval }

    public func loopStarted() {
        notifier.ready(status: readyStatus())
        readiness.withLock { pending in
            pending?.report()
            pending = nil
        }
    }

    public func loopAlive() { notifier.watchdog() }

    public func loopStopping() { notifier.stopping(status: "Stopping: releasing addresses and the data plane") }
}
