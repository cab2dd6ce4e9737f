import Foundation
import Glibc
import LinuxPlatform
import NetworkPrimitives
import Synchronization
import TestSupport
import Testing

@Suite struct VRRPReactorTests {
    private final class Recorder<Value: Sendable>: Sendable {
        let value: Mutex<Value>
        init(_ value: Value) { self.value = Mutex(value) }
        func update(_ body: (inout Value) -> Void) { value.withLock { body(&$0) } }
        var current: Value { value.withLock { $0 } }
    }

    @Test func aTaskPreferringTheReactorRunsOnItsNamedThread() async throws {
        let reactor = try VRRPReactor()
        let onThread = await Task(executorPreference: reactor) { reactor.isCurrentThread }.value
        #expect(onThread)
        let threadID = try #require(reactor.threadID)
        let name = try String(contentsOfFile: "/proc/self/task/\(threadID)/comm", encoding: .utf8)
        #expect(name == VRRPReactor.threadName + "\n")
        #expect(!reactor.isCurrentThread)
    }

    @Test func aSleepNeverEndsEarlyAndResumesOnTheReactorThread() async throws {
        let reactor = try VRRPReactor()
        let results = await Task(executorPreference: reactor) { () -> [(late: Int64, onThread: Bool)] in
            var results: [(Int64, Bool)] = []
            for step in 1...5 {
                let deadline = reactor.now + .milliseconds(step)
                try? await reactor.sleep(until: deadline)
                results.append((reactor.now.nanoseconds - deadline.nanoseconds, reactor.isCurrentThread))
            }
            return results
        }.value
        #expect(results.allSatisfy { $0.late >= 0 })
        #expect(results.allSatisfy { $0.onThread })
    }

    /// epoll's timeout counts in milliseconds; the reactor's timerfd does not: a 300 µs sleep, at
    /// best of twenty on a busy host, ends well before a millisecond has passed.
    @Test func theTimerKeepsSubMillisecondInstants() async throws {
        let reactor = try VRRPReactor()
        let best = await Task(executorPreference: reactor) { () -> Int64 in
            var best = Int64.max
            for _ in 0..<20 {
                let start = reactor.now
                try? await reactor.sleep(until: start + .microseconds(300))
                best = min(best, reactor.now.nanoseconds - start.nanoseconds)
            }
            return best
        }.value
        #expect(best >= 300_000)
        #expect(best < 1_000_000, "best 300 µs sleep took \(best) ns")
    }

    @Test func sleepsEndInTheOrderOfTheirInstants() async throws {
        let reactor = try VRRPReactor()
        let order = Recorder<[Int]>([])
        let start = reactor.now
        await withTaskGroup(of: Void.self) { group in
            for index in [3, 1, 2] {
                group.addTask(executorPreference: reactor) {
                    try? await reactor.sleep(until: start + .milliseconds(5 * index))
                    order.update { $0.append(index) }
                }
            }
        }
        #expect(order.current == [1, 2, 3])
    }

    @Test func aCancelledSleepThrowsAtOnce() async throws {
        let reactor = try VRRPReactor()
        let sleeper = Task(executorPreference: reactor) { () -> Bool in
            do {
                try await reactor.sleep(until: reactor.now + .seconds(60))
                return false
            } catch {
                return error is CancellationError
            }
        }
        sleeper.cancel()
        #expect(await sleeper.value)
    }

    @Test func aWatchedDescriptorIsDrainedOnTheReactorThread() async throws {
        let reactor = try VRRPReactor()
        let pipe = try TestPipe()
        let seen = Recorder<[UInt8]>([])
        let offThread = Recorder<Int>(0)
        let token = try reactor.watch(pipe.read) {
            let bytes = pipe.drain()
            if !reactor.isCurrentThread { offThread.update { $0 += 1 } }
            seen.update { $0 += bytes }
        }
        for byte in [UInt8](1...5) { pipe.send(byte) }
        let arrived = await waitUntil(timeout: .seconds(5)) { seen.current.count == 5 }
        #expect(arrived)
        #expect(seen.current == [1, 2, 3, 4, 5])
        #expect(offThread.current == 0)
        reactor.unwatch(pipe.read, token: token)
        pipe.send(6)
        // The reactor takes a job after the pipe's byte was written: had the watch been live, its
        // handler would have run in that turn or the one before.
        _ = await Task(executorPreference: reactor) { 0 }.value
        _ = await Task(executorPreference: reactor) { 0 }.value
        #expect(seen.current == [1, 2, 3, 4, 5])
    }
}
