/// The reactor thread as a task executor (SE-0417): a task that prefers it (`Task(executorPreference:)`,
/// `withTaskExecutorPreference`) runs its nonisolated code there, between probe events, so a loop
/// that starts probes and handles their results stays on one thread with no wake-up in between.
/// Jobs run in the order they were enqueued; they must not block. Keep the reactor alive while
/// tasks prefer it; once it has stopped, their jobs run on the global concurrent executor.
extension StreamProbeReactor: TaskExecutor {
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        if !inbox.post(job: job) { globalConcurrentExecutor.enqueue(job) }
    }
}
