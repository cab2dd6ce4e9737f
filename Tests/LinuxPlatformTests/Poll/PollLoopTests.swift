import Foundation
import Glibc
import LinuxPlatform
import Synchronization
import Testing

@Suite struct PollLoopTests {
    @Test func bytesWrittenToAWatchedPipeArriveInOrderOnTheStream() async throws {
        let loop = try PollLoop()
        defer { loop.shutdown() }
        let pipe = try TestPipe()
        let stream = loop.stream(of: pipe.read) { pipe.drain() }

        for byte in [UInt8](1...5) { pipe.send(byte) }
        var received: [UInt8] = []
        for await byte in stream {
            received.append(byte)
            if received.count == 5 { break }
        }
        #expect(received == [1, 2, 3, 4, 5])
    }

    @Test func theStreamFinishesWhenTheWriterHangsUp() async throws {
        let loop = try PollLoop()
        defer { loop.shutdown() }
        var fds: [Int32] = [0, 0]
        #expect(Glibc.pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        defer { close(readEnd) }
        _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
        let stream = loop.stream(of: readEnd) { () -> [UInt8] in
            var b: UInt8 = 0
            return Glibc.read(readEnd, &b, 1) == 1 ? [b] : []
        }

        var one: UInt8 = 7
        _ = Glibc.write(writeEnd, &one, 1)
        close(writeEnd)
        var received: [UInt8] = []
        for await byte in stream { received.append(byte) }
        #expect(received == [7])
    }

    @Test func anUnregisteredDescriptorIsNoLongerReported() async throws {
        let loop = try PollLoop()
        defer { loop.shutdown() }
        let (first, second) = (try TestPipe(), try TestPipe())
        let calls = Mutex<[String]>([])
        let registration = loop.register(first.read) { _ in
            _ = first.drain()
            calls.withLock { $0.append("first") }
        }
        let secondStream = loop.stream(of: second.read) { second.drain() }

        loop.unregister(registration)
        first.send(1)
        second.send(2)
        for await _ in secondStream { break }
        // The second pipe was registered after the first and polled in the same pass, so once its
        // byte arrives the loop has seen the first pipe's byte too and must not have reported it.
        #expect(calls.withLock { $0 }.isEmpty)
    }
}
