/// keepalived's per-process scheduling keywords (`vrrp_rt_priority`, `checker_cpu_affinity`, ...),
/// read as keepalived 2.2.7's global parser reads them; the daemon applies them to the VRRP reactor
/// thread and the checker's probe reactor thread (Docs/Modules/VRRPReactor.md).
extension GlobalDefinitionsKeywords {
    static let scheduling: [GlobalKeyword] =
        keywords("vrrp", \.vrrpScheduling) + keywords("checker", \.checkerScheduling)

    /// SCHED_RR's range on Linux (sched_get_priority_min/max).
    static let realtimePriorities = 1...99
    /// CPU numbers a cpu_set_t holds (CPU_SETSIZE).
    static let cpuNumbers = 0...1023

    private typealias Field = WritableKeyPath<GlobalDefinitions, ProcessScheduling> & Sendable

    private static func keywords(_ process: String, _ field: Field) -> [GlobalKeyword] {
        [
            GlobalKeyword("\(process)_rt_priority") { globals, node, context in
                if let priority = realtimePriority(node, process: process, context: &context) {
                    globals[keyPath: field].realtimePriority = priority
                }
            },
            GlobalKeyword("\(process)_cpu_affinity") { globals, node, context in
                if let cpus = cpuAffinity(node, process: process, context: &context) {
                    globals[keyPath: field].cpus = cpus
                }
            },
            GlobalKeyword("\(process)_rlimit_rttime") { globals, node, context in
                if let limit = realtimeLimit(node, context: &context) { globals[keyPath: field].realtimeLimit = limit }
            },
            GlobalKeyword(
                "\(process)_rlimit_rtime", support: .partial("deprecated alias of \(process)_rlimit_rttime")
            ) { globals, node, context in
                // keepalived logs the deprecation and reads it as the new keyword.
                context.warning(
                    "'\(process)_rlimit_rtime' is deprecated; write '\(process)_rlimit_rttime'", at: node.keyword)
                if let limit = realtimeLimit(node, context: &context) { globals[keyPath: field].realtimeLimit = limit }
            },
            GlobalKeyword("\(process)_no_swap") { globals, _, _ in globals[keyPath: field].locksMemory = true },
            GlobalKeyword("\(process)_priority") { globals, node, context in
                if let nice = context.integer(node, in: -20...19) { globals[keyPath: field].niceness = nice }
            },
        ]
    }

    /// keepalived clamps a priority outside SCHED_RR's range to it and reports a configuration error.
    private static func realtimePriority(_ node: ConfigNode, process: String, context: inout ReadContext) -> Int? {
        guard let token = context.argument(node) else { return nil }
        guard let value = context.integer(token, in: Int(Int32.min)...Int(Int32.max), name: node.keyword.text) else {
            return nil
        }
        let clamped = min(max(value, realtimePriorities.lowerBound), realtimePriorities.upperBound)
        if clamped != value {
            let side = value < clamped ? "less than the minimum" : "greater than the maximum"
            context.warning(
                "\(process) real-time priority \(value) is \(side) \(clamped); using \(clamped)", at: token,
                keepalivedReports: true)
        }
        return clamped
    }

    /// Every argument a CPU number; keepalived drops the whole set at the first bad one. Whether the
    /// CPUs exist on the host is the daemon's to check when it applies them.
    private static func cpuAffinity(_ node: ConfigNode, process: String, context: inout ReadContext) -> [Int]? {
        guard context.argument(node) != nil else { return nil }
        var cpus: [Int] = []
        for token in node.arguments {
            guard let cpu = context.integer(token, in: cpuNumbers, name: node.keyword.text) else { return nil }
            if !cpus.contains(cpu) { cpus.append(cpu) }
        }
        return cpus
    }

    /// Microseconds, 1 ... 2^32 - 1; keepalived raises 1 to 2 (the soft limit is half of it).
    private static func realtimeLimit(_ node: ConfigNode, context: inout ReadContext) -> Duration? {
        guard let microseconds = context.integer(node, in: 1...Int(UInt32.max)) else { return nil }
        return .microseconds(max(microseconds, 2))
    }
}
