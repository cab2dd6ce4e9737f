import Foundation

/// Runs blocking work (child processes, pipes) on a thread of its own, so it never holds one of
/// the few cooperative threads that the timed probe tests need to resume on.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }
}
