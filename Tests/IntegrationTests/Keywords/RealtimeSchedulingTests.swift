import Foundation
import Testing
import VigilLab

/// keepalived's scheduling keywords through the daemon: the VRRP thread (`vigil-vrrp`) and the checker's
/// probe thread (`vigil-probes`) run with the policy, priority, nice value and CPUs configured, the
/// process is locked in memory with the RLIMIT_RTTIME asked for, and the pair still fails over. What the
/// kernel applied is read from /proc/<pid>/task/<tid>/{comm,stat,status} and /proc/<pid>/{status,limits}.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct RealtimeSchedulingTests {
    static let vip = "10.99.0.100"

    /// What /proc says of one thread.
    struct ThreadFacts: Equatable {
        /// sched(7): 0 SCHED_OTHER, 2 SCHED_RR.
        var policy: Int
        var realtimePriority: Int
        var nice: Int
        var cpus: String
    }

    /// The thread of `pid` whose name is `name`, as /proc shows it; nil while there is none.
    static func thread(named name: String, of pid: Int32) -> ThreadFacts? {
        let tasks = "/proc/\(pid)/task"
        guard let ids = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return nil }
        for id in ids {
            let comm = (try? String(contentsOfFile: "\(tasks)/\(id)/comm", encoding: .utf8)) ?? ""
            guard comm.trimmingCharacters(in: .whitespacesAndNewlines) == name,
                let stat = try? String(contentsOfFile: "\(tasks)/\(id)/stat", encoding: .utf8),
                let status = try? String(contentsOfFile: "\(tasks)/\(id)/status", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // Fields after "(comm)" start at field 3 (state): nice is field 19, rt_priority 40, policy 41.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 38, let nice = Int(fields[16]), let priority = Int(fields[37]),
                let policy = Int(fields[38]), let cpus = value(of: "Cpus_allowed_list", in: status)
            else { continue }
            return ThreadFacts(policy: policy, realtimePriority: priority, nice: nice, cpus: cpus)
        }
        return nil
    }

    /// The value of a `Key:\tvalue` line of a /proc status file.
    static func value(of key: String, in status: String) -> String? {
        status.split(separator: "\n").first { $0.hasPrefix(key + ":") }
            .map { $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// Kilobytes locked in memory (VmLck) of process `pid`.
    static func lockedKilobytes(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let value = value(of: "VmLck", in: status)
        else { return nil }
        return Int(value.split(separator: " ").first ?? "")
    }

    /// The soft and hard "Max realtime timeout" of process `pid`, in microseconds.
    static func realtimeLimit(of pid: Int32) -> [String]? {
        guard let limits = try? String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8),
            let line = limits.split(separator: "\n").first(where: { $0.hasPrefix("Max realtime timeout") })
        else { return nil }
        return Array(line.dropFirst("Max realtime timeout".count).split(separator: " ").prefix(2).map(String.init))
    }

    static func config(_ host: String, priority: Int, globals: [String]) -> String {
        let instance = InstanceConfig(
            state: priority > 100 ? "MASTER" : "BACKUP", priority: priority, password: "secret12")
        return InstanceConfig.file(routerID: host, globals: globals, [instance])
    }

    @Test func theVRRPAndProbeThreadsRunAsConfiguredAndThePairStillFailsOver() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgrt"))
        defer { lab.destroy() }
        let lastCPU = ProcessInfo.processInfo.activeProcessorCount - 1
        let lb1 = try lab.startVigil(
            on: "lb1",
            config: Self.config(
                "lb1", priority: 101,
                globals: [
                    "vrrp_rt_priority 40", "vrrp_cpu_affinity \(lastCPU)", "vrrp_rlimit_rttime 50000", "vrrp_no_swap",
                    "checker_rt_priority 20", "checker_cpu_affinity 0", "checker_rlimit_rttime 40000",
                    "checker_no_swap",
                ]))
        try #require(
            await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) }, "lb1 never took the VIP")
        let lb2 = try lab.startVigil(
            on: "lb2",
            config: Self.config(
                "lb2", priority: 100, globals: ["vrrp_priority -5", "vrrp_cpu_affinity 0", "checker_priority 5"]))
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("(VI_1) Entering BACKUP STATE") })
        // The VRRP thread takes its settings once the start step is done (ThreadSchedulingSupervisor),
        // after the line above: wait for the line that says they were applied.
        try #require(await Eventually.holds(within: .seconds(5)) { lb2.log.contains("thread vigil-vrrp (tid") })
        try #require(await Eventually.holds(within: .seconds(5)) { lb1.log.contains("thread vigil-vrrp (tid") })

        // A real-time thread's nice value means nothing (keepalived does not set it then): only the
        // policy, priority and CPUs are compared.
        let vrrp1 = try #require(Self.thread(named: "vigil-vrrp", of: lb1.pid))
        #expect(vrrp1.policy == 2, "\(lb1.log)")
        #expect(vrrp1.realtimePriority == 40)
        #expect(vrrp1.cpus == "\(lastCPU)")
        let probes1 = try #require(Self.thread(named: "vigil-probes", of: lb1.pid))
        #expect(probes1.policy == 2, "\(lb1.log)")
        #expect(probes1.realtimePriority == 20)
        #expect(probes1.cpus == "0")
        #expect((Self.lockedKilobytes(of: lb1.pid) ?? 0) > 0, "vrrp_no_swap locked nothing")
        // One limit for the process: the larger of the two, as the soft limit; the hard one unlimited.
        #expect(Self.realtimeLimit(of: lb1.pid) == ["50000", "unlimited"])

        #expect(
            Self.thread(named: "vigil-vrrp", of: lb2.pid)
                == ThreadFacts(policy: 0, realtimePriority: 0, nice: -5, cpus: "0"))
        #expect(Self.thread(named: "vigil-probes", of: lb2.pid)?.nice == 5)
        #expect(Self.lockedKilobytes(of: lb2.pid) == 0)

        #expect(await lb1.crash())
        #expect(await Eventually.holds(within: .seconds(8)) { lab.holds("lb2", Self.vip) })
        #expect(lb2.log.contains("(VI_1) Entering MASTER STATE"))
    }

    @Test func aCPUThisHostLacksIsLoggedAndTheDaemonRunsOnAsMaster() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgrt"))
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(
            on: "lb1", config: Self.config("lb1", priority: 101, globals: ["vrrp_cpu_affinity 1023"]))
        #expect(await Eventually.holds(within: .seconds(10)) { lab.holds("lb1", Self.vip) })
        #expect(lb1.log.contains("vrrp_cpu_affinity 1023: CPU 1023 is not on this host"), "\(lb1.log)")
        let all = "0-\(ProcessInfo.processInfo.activeProcessorCount - 1)"
        #expect(Self.thread(named: "vigil-vrrp", of: lb1.pid)?.cpus == all)
    }
}
