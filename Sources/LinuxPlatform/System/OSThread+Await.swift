extension OSThread {
    /// Runs blocking `body` (waiting for a child process) on a new thread of its own and returns its
    /// result, so the cooperative pool (two threads on a two-core host) never blocks; if no thread
    /// can be created, `body` runs on the caller's.
    package static func run<T: Sendable>(name: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            do {
                try spawn(name: name) { continuation.resume(returning: body()) }.detach()
            } catch {
                continuation.resume(returning: body())
            }
        }
    }
}
