import KeepalivedConfig
import Synchronization

/// Starts the checker service with the first configuration that has virtual servers, at start or at a
/// reload (SIGHUP), and hands it every configuration after that, the ones without virtual servers
/// included (its services are then removed). keepalived starts its checker process at a reload too.
final class CheckerLauncher: Sendable {
    /// The service; nil when the checker subsystem does not run (`--vrrp`).
    let service: CheckerService?
    private let start: @Sendable (KeepalivedConfiguration) async -> Void
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(service: CheckerService?, start: @escaping @Sendable (KeepalivedConfiguration) async -> Void) {
        self.service = service
        self.start = start
    }

    /// The service once it has been started, for the dumps; nil before.
    var started: CheckerService? { task.withLock { $0 == nil } ? nil : service }

    /// Starts the service when `configuration` is the first with virtual servers; reloads it when it runs.
    func apply(_ configuration: KeepalivedConfiguration) {
        guard let service else { return }
        let reloads = task.withLock { task -> Bool in
            if task != nil { return true }
            if configuration.virtualServers.isEmpty { return false }
            let start = self.start
            task = Task { await start(configuration) }
            return false
        }
        if reloads { service.reload(configuration: configuration) }
    }

    /// Stops the service and waits until it has removed what it installed.
    func finish() async {
        service?.stop()
        await task.withLock { $0 }?.value
    }
}
