/// keepalived's scheduling keywords of one of its processes (`vrrp_rt_priority`, `vrrp_cpu_affinity`,
/// `vrrp_rlimit_rttime`, `vrrp_no_swap`, `vrrp_priority` and the `checker_` ones). Vigil is one
/// process: it applies the priority, CPUs and nice value to that subsystem's thread, and the memory
/// lock and real-time limit to the process (Docs/Modules/VRRPReactor.md).
public struct ProcessScheduling: Hashable, Sendable {
    /// keepalived's RLIMIT_RTTIME when real-time priority is set and no limit is given (10 ms).
    public static let defaultRealtimeLimit: Duration = .microseconds(10_000)

    /// `*_rt_priority`: SCHED_RR at this priority (1 ... 99); nil: the default policy.
    public var realtimePriority: Int?
    /// `*_cpu_affinity`: the CPUs the thread may run on; empty: unchanged.
    public var cpus: [Int]
    /// `*_rlimit_rttime`: CPU time a real-time thread may use without blocking; the soft limit
    /// (SIGXCPU) is half of it. Applied only with `realtimePriority`.
    public var realtimeLimit: Duration
    /// `*_no_swap`: lock the process's memory (mlockall).
    public var locksMemory: Bool
    /// `*_priority`: the nice value (-20 ... 19); keepalived ignores it under real-time priority.
    public var niceness: Int?

    public init(
        realtimePriority: Int? = nil, cpus: [Int] = [], realtimeLimit: Duration = Self.defaultRealtimeLimit,
        locksMemory: Bool = false, niceness: Int? = nil
    ) {
        self.realtimePriority = realtimePriority
        self.cpus = cpus
        self.realtimeLimit = realtimeLimit
        self.locksMemory = locksMemory
        self.niceness = niceness
    }

    /// True when nothing is asked of the kernel.
    public var isDefault: Bool {
        realtimePriority == nil && cpus.isEmpty && !locksMemory && niceness == nil
    }
}
