import Engine
import Runtime
import Synchronization

/// Carries the host's address changes into the checker loop for `ha_suspend`: opened by the first
/// configuration that uses it (at start or at a reload), closed when the service stops.
final class LocalAddressFeed: Sendable {
    private struct Open: Sendable {
        var monitor: any LocalAddressMonitor
        var forwarder: Task<Void, Never>
    }

    private let state = Mutex<Open?>(nil)

    /// Opens the monitor (once), posts the host's addresses and forwards their changes to `inbox` when
    /// `configuration` has a virtual server with ha_suspend; logs why not when the monitor cannot be opened.
    func follow(
        _ configuration: CheckerConfiguration, inbox: Inbox<CheckerEngine.Event>,
        open: @Sendable () -> (any LocalAddressMonitor)?, log: any LogSink
    ) {
        guard configuration.virtualServers.contains(where: \.suspendsWithoutAddress) else { return }
        state.withLock { state in
            guard state == nil else { return }
            guard let monitor = open() else {
                log.write(.warning("ha_suspend: the host's addresses cannot be followed; the checkers are not suspended"))
                return
            }
            let changes = monitor.changes()
            // Before the configuration, so checkers whose address is absent start deactivated.
            inbox.post(.engine(.localAddresses(.listed(monitor.addresses()))))
            let forwarder = Task {
                for await change in changes { inbox.post(.engine(.localAddresses(change))) }
            }
            state = Open(monitor: monitor, forwarder: forwarder)
        }
    }

    /// Stops forwarding and closes the monitor.
    func close() {
        let open = state.withLock { state in
            defer { state = nil }
            return state
        }
        open?.forwarder.cancel()
        open?.monitor.close()
    }
}
