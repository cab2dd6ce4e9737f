import CNetShim
import Glibc

/// Thread scheduling, memory locking and precise timers (sched(7), mlockall(2), timerfd_create(2)):
/// what keepalived's `vrrp_rt_priority` and its siblings ask of the kernel.
extension System {
    /// Puts the calling thread in SCHED_RR at `priority` (children start in SCHED_OTHER again).
    package static func setThreadRealtimePriority(_ priority: Int32) throws(SystemError) {
        _ = try retrying("sched_setscheduler(SCHED_RR, \(priority))") { vigil_thread_set_realtime(priority) }
    }

    /// Puts the calling thread back in SCHED_OTHER (always allowed).
    package static func setThreadNormalPolicy() throws(SystemError) {
        _ = try retrying("sched_setscheduler(SCHED_OTHER)") { vigil_thread_set_normal() }
    }

    /// Lets the calling thread run only on `cpus`.
    package static func setThreadCPUs(_ cpus: [Int32]) throws(SystemError) {
        _ = try retrying("sched_setaffinity") {
            cpus.withUnsafeBufferPointer { vigil_thread_set_cpus($0.baseAddress, Int32($0.count)) }
        }
    }

    /// Sets the calling thread's nice value (-20 ... 19).
    package static func setThreadNice(_ nice: Int32) throws(SystemError) {
        _ = try retrying("setpriority(\(nice))") { vigil_thread_set_nice(nice) }
    }

    /// The calling thread's kernel id (gettid), as /proc/<pid>/task/<tid> names it.
    package static func threadID() -> Int32 { vigil_thread_id() }

    /// The highest SCHED_RR priority (99 on Linux).
    package static func realtimePriorityMaximum() -> Int32 { vigil_realtime_priority_max() }

    /// The CPUs online (sysconf(_SC_NPROCESSORS_ONLN)).
    package static func onlineCPUCount() -> Int { Int(vigil_online_cpu_count()) }

    /// RLIM_INFINITY: a resource limit that does not limit.
    public static let unlimitedResource = UInt64.max

    /// RLIMIT_RTTIME of the process, in microseconds.
    package static func setRealtimeLimit(softMicroseconds: UInt64, hardMicroseconds: UInt64) throws(SystemError) {
        _ = try retrying("setrlimit(RLIMIT_RTTIME)") { vigil_set_realtime_limit(softMicroseconds, hardMicroseconds) }
    }

    /// Locks the process's present and future pages in memory as they are touched.
    package static func lockAllMemory() throws(SystemError) {
        _ = try retrying("mlockall") { vigil_lock_all_memory() }
    }

    /// A non-blocking CLOCK_MONOTONIC timerfd.
    package static func monotonicTimerFD() throws(SystemError) -> Int32 {
        try retrying("timerfd_create") { vigil_timerfd_create() }
    }

    /// Arms `fd` to fire at `nanoseconds` on CLOCK_MONOTONIC (an instant in the past fires at once);
    /// 0 disarms it.
    package static func armTimerFD(_ fd: Int32, atNanoseconds nanoseconds: Int64) throws(SystemError) {
        _ = try retrying("timerfd_settime") { vigil_timerfd_arm(fd, nanoseconds) }
    }

    /// Reads (and so resets) a timerfd's expiry count; nothing happens when it has not fired.
    package static func drain(timerFD fd: Int32) {
        var value: UInt64 = 0
        _ = withUnsafeMutableBytes(of: &value) { Glibc.read(fd, $0.baseAddress, 8) }
    }
}
