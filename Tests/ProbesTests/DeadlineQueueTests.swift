import HealthCheck
import NIOCore
import NIOPosix
import Testing

@testable import Probes

@Suite struct DeadlineQueueTests {
    @Test("unfinished probes expire at their deadline, finished ones keep their result, and the queue drains")
    func expiry() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let timeouts: [Duration] = [.milliseconds(100), .milliseconds(300)]
        let started = NIODeadline.now()
        let (futures, queue) = try await loop.submit {
            let queue = DeadlineQueue(eventLoop: loop)
            let futures = (0..<2000).map { index -> EventLoopFuture<ProbeResult> in
                let timeout = timeouts[index % 2]
                let attempt = ProbeAttempt(eventLoop: loop, timeout: timeout) { queue.finished(timeout: timeout) }
                attempt.phase = "probe \(index)"
                queue.add(attempt, timeout: timeout)
                if index % 3 == 0 { attempt.finish(.success) }
                return attempt.futureResult
            }
            return (futures, NIOLoopBound(queue, eventLoop: loop))
        }.get()
        // Measured on the loop: a busy cooperative thread pool must not count.
        let (results, finished) = try await EventLoopFuture.whenAllSucceed(futures, on: loop)
            .map { ($0, NIODeadline.now()) }.get()
        let elapsed = Duration.nanoseconds((finished - started).nanoseconds)
        for (index, result) in results.enumerated() {
            #expect(result == (index % 3 == 0 ? .success : .failure(reason: "timeout probe \(index)")))
        }
        #expect(elapsed >= .milliseconds(250) && elapsed < .milliseconds(300) + Timing.slack)
        #expect(try await loop.submit { queue.value.count }.get() == 0)
        try await group.shutdownGracefully()
    }

    @Test("a probe finishing before its deadline leaves no timer behind: the queue is empty at once")
    func finishedEarly() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let count = try await loop.submit {
            let queue = DeadlineQueue(eventLoop: loop)
            for _ in 0..<100 {
                let attempt = ProbeAttempt(eventLoop: loop, timeout: .seconds(30)) {
                    queue.finished(timeout: .seconds(30))
                }
                queue.add(attempt, timeout: .seconds(30))
                attempt.finish(.success)
            }
            return queue.count
        }.get()
        #expect(count == 0)
        try await group.shutdownGracefully()
    }
}
