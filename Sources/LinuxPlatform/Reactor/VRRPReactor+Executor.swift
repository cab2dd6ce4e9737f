/// The reactor thread as a task executor (SE-0417): the VRRP loop prefers it, so engine steps,
/// advertisements and the timer's wake-ups run here between socket events. Jobs run in the order they
/// were enqueued; they must not block. Once the reactor has stopped, jobs run on the global
/// concurrent executor.
extension VRRPReactor: TaskExecutor {
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        if !inbox.post(job: job) { globalConcurrentExecutor.enqueue(job) }
    }
}
