import Synchronization

/// Whether a MISC_CHECK attempt still waits for its script's outcome; read from the runner's task.
final class PendingScript: Sendable {
    private let running = Mutex(true)

    var isRunning: Bool { running.withLock { $0 } }

    func end() { running.withLock { $0 = false } }
}
