import Engine
import KeepalivedConfig
import Runtime

/// One subsystem's scheduling keywords applied to the thread that calls it (the VRRP reactor, the
/// checker's probe reactor), as keepalived 2.2.7 applies them to its process: SCHED_RR at
/// `*_rt_priority` (with SCHED_RESET_ON_FORK, so scripts start in the default policy), else the nice
/// value of `*_priority`; then the CPUs of `*_cpu_affinity`. A refusal (EPERM without CAP_SYS_NICE, a
/// CPU this host lacks) is logged and the thread runs on as it was.
public struct ThreadScheduling: Sendable {
    public let scheduling: ProcessScheduling
    /// The keywords' prefix, `vrrp` or `checker`, for messages.
    public let process: String

    public init(_ scheduling: ProcessScheduling, process: String) {
        self.scheduling = scheduling
        self.process = process
    }

    /// Applies the settings to the calling thread; what was done and what was refused, as log lines.
    public func applyToCurrentThread(threadName: String) -> [LogRecord] {
        guard !scheduling.isDefault else { return [] }
        var applied: [String] = []
        var records: [LogRecord] = []
        if let priority = scheduling.realtimePriority {
            do {
                try System.setThreadRealtimePriority(Int32(priority))
                applied.append("SCHED_RR priority \(priority)")
            } catch {
                records.append(
                    .error("cannot set \(process)_rt_priority \(priority) on thread \(threadName): \(error)"))
            }
        } else if let nice = scheduling.niceness {
            do {
                try System.setThreadNice(Int32(nice))
                applied.append("nice \(nice)")
            } catch {
                records.append(.error("cannot set \(process)_priority \(nice) on thread \(threadName): \(error)"))
            }
        }
        if !scheduling.cpus.isEmpty, let record = applyCPUs(&applied, threadName: threadName) { records.append(record) }
        if !applied.isEmpty {
            records.insert(
                .info("thread \(threadName) (tid \(System.threadID())): \(applied.joined(separator: ", "))"), at: 0)
        }
        return records
    }

    /// keepalived takes only CPUs that are online (it checks them against the count when it reads the
    /// keyword); a set naming another one is refused whole.
    private func applyCPUs(_ applied: inout [String], threadName: String) -> LogRecord? {
        let online = System.onlineCPUCount()
        let list = scheduling.cpus.map(String.init).joined(separator: " ")
        if let missing = scheduling.cpus.first(where: { $0 >= online }) {
            return .error(
                "\(process)_cpu_affinity \(list): CPU \(missing) is not on this host (it has \(online)); "
                    + "thread \(threadName) keeps its CPUs")
        }
        do {
            try System.setThreadCPUs(scheduling.cpus.map { Int32($0) })
            applied.append("CPUs \(list)")
            return nil
        } catch {
            return .error("cannot set \(process)_cpu_affinity \(list) on thread \(threadName): \(error)")
        }
    }

    /// Runs `body` in the default policy when the calling thread is to be real-time, then puts it back
    /// in SCHED_RR: keepalived reloads at standard scheduling, so reading a large configuration cannot
    /// run into RLIMIT_RTTIME.
    public func relaxed<T>(_ body: () -> T) -> T {
        guard let priority = scheduling.realtimePriority else { return body() }
        // Leaving SCHED_RR is always allowed; coming back is as allowed as it was at start.
        try? System.setThreadNormalPolicy()
        defer { try? System.setThreadRealtimePriority(Int32(priority)) }
        return body()
    }
}

extension ThreadScheduling {
    /// Applies the settings on the thread of `executor` (a reactor thread named `threadName`) and logs
    /// the outcome to `log`.
    public func apply(on executor: any TaskExecutor, threadName: String, log: any LogSink) async {
        guard !scheduling.isDefault else { return }
        let records = await Task(executorPreference: executor) { applyToCurrentThread(threadName: threadName) }.value
        for record in records { log.write(record) }
    }
}
