import LinuxPlatform
import Runtime

/// The VRRP loop's service supervisor that puts the VRRP thread into its configured scheduling
/// (`vrrp_rt_priority`, `vrrp_cpu_affinity`, `vrrp_priority`) once the loop has started. The start
/// step, every instance's first state with its VIP removals and its log and FIFO lines, runs at
/// standard scheduling, as a reload does: hundreds of instances starting on a loaded host would
/// otherwise spend that burst at real-time priority without blocking and run into RLIMIT_RTTIME
/// (the soak's 200 instances did, at 100 ms, Docs/Benchmarks.md).
struct ThreadSchedulingSupervisor: ServiceSupervisor {
    let supervisor: any ServiceSupervisor
    let scheduling: ThreadScheduling
    let reactor: VRRPReactor
    let log: any LogSink

    var keepAliveInterval: Duration? { supervisor.keepAliveInterval }

    func loopStarted() {
        if reactor.isCurrentThread {
            for record in scheduling.applyToCurrentThread(threadName: VRRPReactor.threadName) { log.write(record) }
        } else {
            // The loop runs on the reactor, so this is not expected; the settings still reach its thread.
            let (scheduling, reactor, log) = (scheduling, reactor, log)
            Task { await scheduling.apply(on: reactor, threadName: VRRPReactor.threadName, log: log) }
        }
        supervisor.loopStarted()
    }

    func loopAlive() { supervisor.loopAlive() }

    func loopStopping() { supervisor.loopStopping() }
}
