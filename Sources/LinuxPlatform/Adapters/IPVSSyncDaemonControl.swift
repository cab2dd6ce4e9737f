import Engine
import Glibc
import Netlink
import Runtime

/// The `SyncDaemonControl` port on the kernel's IPVS (`IPVS_CMD_NEW_DAEMON` / `DEL_DAEMON` over its
/// own generic netlink socket, apart from the checker side's data plane, as keepalived's VRRP process
/// has its own).
public final class IPVSSyncDaemonControl: SyncDaemonControl {
    let plane: IPVSDataPlane

    init(plane: IPVSDataPlane) {
        self.plane = plane
    }

    /// The control in the calling thread's network namespace; nil when the kernel has no IPVS.
    public static func open() throws(NetlinkRequestError) -> IPVSSyncDaemonControl? {
        switch try IPVSDataPlane.open() {
        case .available(let plane): IPVSSyncDaemonControl(plane: plane)
        case .unavailable: nil
        }
    }

    /// Closes the netlink socket.
    public func close() { plane.close() }

    public func perform(_ command: SyncDaemonCommand) async throws {
        let daemon = Self.daemon(command.role, command.settings)
        switch command.action {
        case .start:
            try plane.startSyncDaemon(daemon)
        case .stop:
            do throws(NetlinkRequestError) {
                try plane.stopSyncDaemon(daemon)
            } catch where error.kernelErrno == ESRCH {
                // Not running: what the caller wanted.
            }
        }
    }

    /// The netlink form of a command's daemon.
    static func daemon(_ role: SyncDaemonRole, _ settings: SyncDaemonSettings) -> IPVSSyncDaemon {
        let state: IPVSSyncDaemon.State =
            switch role {
            case .master: .master
            case .backup: .backup
            }
        return IPVSSyncDaemon(
            state: state, interface: settings.interface.rawValue, syncID: UInt32(settings.syncID),
            maximumLength: settings.maximumLength, group: settings.group, port: settings.port, ttl: settings.ttl)
    }
}
