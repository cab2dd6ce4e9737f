import Dispatch
import Engine
import Glibc
import Netlink
import Runtime

/// The `SyncDaemonControl` port on the kernel's IPVS (`IPVS_CMD_NEW_DAEMON` / `DEL_DAEMON` over its
/// own generic netlink socket, apart from the checker side's data plane, as keepalived's VRRP process
/// has its own). Commands run in order on a serial queue of their own: the kernel stops a sync
/// thread with `kthread_stop`, which took over 5 s in the emulated guest, and the VRRP loop must
/// not wait for that (keepalived's VRRP process does wait, and stops advertising meanwhile).
public final class IPVSSyncDaemonControl: SyncDaemonControl {
    let plane: IPVSDataPlane
    let log: any LogSink
    private let queue = DispatchQueue(label: "vigil.ipvs-sync-daemon")

    init(plane: IPVSDataPlane, log: any LogSink) {
        self.plane = plane
        self.log = log
    }

    /// The control in the calling thread's network namespace; nil when the kernel has no IPVS.
    public static func open(log: any LogSink) throws(NetlinkRequestError) -> IPVSSyncDaemonControl? {
        switch try IPVSDataPlane.open() {
        case .available(let plane): IPVSSyncDaemonControl(plane: plane, log: log)
        case .unavailable: nil
        }
    }

    /// Waits for the queued commands, then closes the netlink socket.
    public func close() {
        queue.sync { plane.close() }
    }

    public func submit(_ command: SyncDaemonCommand) {
        queue.async { [self] in
            do throws(NetlinkRequestError) {
                try perform(command)
                log.write(.info("IPVS sync daemon: \(command)"))
            } catch {
                log.write(.error("cannot \(command): \(error)"))
            }
        }
    }

    /// Carries out one command now.
    func perform(_ command: SyncDaemonCommand) throws(NetlinkRequestError) {
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

extension IPVSSyncDaemonControl {
    /// The kernel's sync tunables in this network namespace that decide whether an interim master
    /// re-sends its connections on a timer (`net.ipv4.vs.sync_refresh_period`, seconds, and the period
    /// half of `sync_threshold`); nil when they cannot be read (no IPVS).
    public static func refreshSettings() -> (refreshPeriod: Duration, syncPeriod: Int)? {
        let files = PosixConfigFileSystem(maxFileBytes: 256)
        func read(_ name: String) -> [Int]? {
            guard let bytes = try? files.readFile("/proc/sys/net/ipv4/vs/\(name)") else { return nil }
            let words = String(decoding: bytes, as: UTF8.self).split { $0 == " " || $0 == "\t" || $0 == "\n" }
            let numbers = words.compactMap { Int($0) }
            return numbers.count == words.count && !numbers.isEmpty ? numbers : nil
        }
        guard let refresh = read("sync_refresh_period")?.first, let threshold = read("sync_threshold"),
            threshold.count == 2
        else { return nil }
        return (.seconds(refresh), threshold[1])
    }
}
