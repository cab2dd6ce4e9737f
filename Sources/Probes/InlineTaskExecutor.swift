/// Runs each job at once on the thread that enqueues it. MISC_CHECK hands its script to the script
/// runner in a task with this preference: the task starts on the event loop, resumes on the
/// runner's own waiting thread and goes back to the loop with `execute`, so no step waits for Swift's
/// cooperative pool (which a busy host or blocking code can hold up for longer than `misc_timeout`).
final class InlineTaskExecutor: TaskExecutor {
    static let shared = InlineTaskExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        job.runSynchronously(on: asUnownedTaskExecutor())
    }
}
