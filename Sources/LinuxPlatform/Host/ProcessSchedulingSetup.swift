import Engine
import KeepalivedConfig

/// The process-wide half of keepalived's scheduling keywords. Vigil is one process, so
/// `vrrp_no_swap` or `checker_no_swap` locks all of it in memory (mlockall, as keepalived:
/// current and future pages, locked as they are touched), and RLIMIT_RTTIME is one limit: the
/// larger `*_rlimit_rttime` of the subsystems that ask for a real-time priority (keepalived's
/// default 10 ms each), as the soft limit; the hard limit stays unlimited. At the soft limit the
/// kernel sends SIGXCPU (and again each further second), which `RealtimeLimitWarning` logs.
/// keepalived sets both, so the kernel kills its VRRP child at the limit and its parent process starts
/// a new one; Vigil is one process with no parent to restart it, and a kill would drop every VIP
/// (the 200-instance soak's backup was killed taking over 200 instances at once, Docs/Benchmarks.md),
/// so Vigil warns and lives on; the kernel's real-time throttle (`sched_rt_runtime_us`) still bounds
/// a runaway thread.
public enum ProcessSchedulingSetup {
    /// What to do for the subsystems that run: `checker` is nil when the checker side does not.
    public static func plan(vrrp: ProcessScheduling, checker: ProcessScheduling?) -> (
        locksMemory: Bool, realtimeLimit: Duration?
    ) {
        let running = [vrrp] + (checker.map { [$0] } ?? [])
        let locks = running.contains { $0.locksMemory }
        let limit = running.filter { $0.realtimePriority != nil }.map(\.realtimeLimit).max()
        return (locks, limit)
    }

    /// Locks memory and sets RLIMIT_RTTIME as `plan` says; what was done and refused, as log lines.
    public static func apply(locksMemory: Bool, realtimeLimit: Duration?) -> [LogRecord] {
        var records: [LogRecord] = []
        if locksMemory {
            do {
                try System.lockAllMemory()
                records.append(.info("locked vigil in memory (no_swap)"))
            } catch {
                records.append(.error("cannot lock vigil in memory (no_swap): \(error)"))
            }
        }
        if let realtimeLimit {
            let soft = UInt64(clamping: realtimeLimit.nanosecondsClamped / 1000)
            do {
                try System.setRealtimeLimit(softMicroseconds: soft, hardMicroseconds: System.unlimitedResource)
            } catch {
                records.append(.error("cannot set RLIMIT_RTTIME to \(soft) us (rlimit_rttime): \(error)"))
            }
        }
        return records
    }
}
