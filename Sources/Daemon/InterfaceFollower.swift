import Engine
import LinuxPlatform
import Runtime
import Synchronization

/// Tells the VRRP loop when interfaces or their addresses change (rtnetlink link and address
/// notifications on a subscription of its own), so that the running configuration is resolved against
/// the host again (`RuntimeCommand.interfacesChanged`): keepalived follows an interface created after
/// start (`dynamic_interfaces`) and one deleted and created again with a new index. A burst of
/// notifications costs one command: another is posted only after the loop has taken the last.
final class InterfaceFollower: Sendable {
    private let monitor: NetlinkLinkMonitor
    private let pending = Atomic<Bool>(false)
    private let reader = Mutex<Task<Void, Never>?>(nil)

    /// Subscribes to link and address notifications; nil (logged) when the kernel refuses.
    init?(platform: PlatformServices, log: SwiftLogSink) {
        do {
            monitor = try NetlinkLinkMonitor(directory: platform.directory)
        } catch {
            log.write(.warning("interfaces created or re-created after start are not followed: \(error)"))
            return nil
        }
    }

    /// Posts `.interfacesChanged` to `inbox` for the notifications read on `loop`, until `stop`.
    func start(on loop: PollLoop, inbox: Inbox<EngineEvent>) {
        let events = monitor.events(on: loop)
        let task = Task { [self] in
            for await _ in events where claim() { inbox.post(.command(.interfacesChanged)) }
        }
        reader.withLock { $0 = task }
    }

    /// True for the first notification since the loop took the last command.
    private func claim() -> Bool {
        pending.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }

    /// The loop takes the command: notifications from now on post another.
    func taken() {
        pending.store(false, ordering: .releasing)
    }

    /// Stops reading and closes the subscription.
    func stop() {
        reader.withLock { $0?.cancel() }
        monitor.close()
    }
}
