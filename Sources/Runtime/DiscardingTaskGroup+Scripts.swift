import Engine

extension DiscardingTaskGroup {
    /// Runs `request` on `runner` off the loop's executor and posts what `completed` makes of the outcome.
    mutating func run<Event>(
        _ request: ScriptRequest, on runner: any ScriptRunner, inbox: Inbox<Event>,
        completed: @escaping @Sendable (ScriptOutcome) -> Event
    ) {
        addTask(executorPreference: globalConcurrentExecutor) {
            inbox.post(.engine(completed(await runner.run(request))))
        }
    }
}
