import NetworkPrimitives
import Synchronization
import Testing

@testable import Probes

/// The reactor thread as a task executor: where jobs run and in which order.
@Suite struct StreamProbeReactorExecutorTests {
    /// What each job saw: its number and whether it ran on the reactor thread.
    final class Journal: Sendable {
        private let entries = Mutex<[(Int, Bool)]>([])
        func record(_ number: Int, onReactor: Bool) { entries.withLock { $0.append((number, onReactor)) } }
        var numbers: [Int] { entries.withLock { $0.map(\.0) } }
        var allOnReactor: Bool { entries.withLock { $0.allSatisfy(\.1) } }
    }

    @Test("tasks enqueued from another thread run on the reactor thread, in order")
    func jobsFromOtherThreads() async throws {
        let reactor = try StreamProbeReactor()
        let journal = Journal()
        let tasks = (0..<200).map { number in
            Task(executorPreference: reactor) { journal.record(number, onReactor: reactor.isCurrentThread) }
        }
        for task in tasks { await task.value }
        #expect(journal.numbers == Array(0..<200))
        #expect(journal.allOnReactor)
    }

    @Test("tasks enqueued from the reactor thread itself run there after the current job, in order")
    func jobsFromTheReactorThread() async throws {
        let reactor = try StreamProbeReactor()
        let journal = Journal()
        let inner = await Task(executorPreference: reactor) {
            let tasks = (1...50).map { number in
                Task(executorPreference: reactor) { journal.record(number, onReactor: reactor.isCurrentThread) }
            }
            journal.record(0, onReactor: reactor.isCurrentThread)
            return tasks
        }.value
        for task in inner { await task.value }
        #expect(journal.numbers == Array(0...50))
        #expect(journal.allOnReactor)
    }

    @Test("code under the reactor's preference runs there, before and after it suspends")
    func preferenceHoldsAcrossSuspensions() async throws {
        let reactor = try StreamProbeReactor()
        let seen = await withTaskExecutorPreference(reactor) {
            var seen = [reactor.isCurrentThread]
            await Task.yield()
            seen.append(reactor.isCurrentThread)
            try? await reactor.sleep(until: reactor.now + .milliseconds(5))
            seen.append(reactor.isCurrentThread)
            async let child = reactor.isCurrentThread
            seen.append(await child)
            return seen
        }
        #expect(seen == [true, true, true, true])
    }

    @Test("a probe started by a job on the reactor completes there")
    func probesStartedFromJobs() async throws {
        let reactor = try StreamProbeReactor()
        let port = try await TCPConnectExchangeTests.closedPort()
        let onReactor = await Task(executorPreference: reactor) {
            await withCheckedContinuation { continuation in
                reactor.start(.local(.tcpConnect, port: port, timeout: .seconds(5))) { _ in
                    continuation.resume(returning: reactor.isCurrentThread)
                }
            }
        }.value
        #expect(onReactor)
    }
}
