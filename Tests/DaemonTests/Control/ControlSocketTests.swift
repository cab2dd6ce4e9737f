import Dispatch
import Engine
import Foundation
import Glibc
import LinuxPlatform
import NetworkPrimitives
import Runtime
import Synchronization
import Testing
import VRRP

@testable import Daemon

private struct Silent: LogSink {
    func write(_ record: LogRecord) {}
}

/// The control side on a real status socket: root's commands are obeyed, `/watch` streams.
@Suite(.timeLimit(.minutes(1))) struct ControlSocketTests {
    @Test(.enabled(if: getuid() == 0, "SO_PEERCRED must say root"))
    func rootsCommandIsAnsweredOverTheSocketAndStatusStillWorks() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let inbox = Inbox<EngineEvent>()
        let control = ControlService(
            vrrp: inbox, checkers: nil, instanceNames: { ["VI_1"] }, feed: TransitionFeed(), log: Silent())
        let server = StatusServer(
            options: StatusServerOptions(socketPath: "\(directory)/vigil.sock"), control: control,
            provider: { StatusFixture.document })
        try await server.start()
        let client = StatusClient(socketPath: server.options.socketPath)
        let answer = try await offPool { try client.controlBlocking(.reload) }
        #expect(answer.hasPrefix("reload requested"))
        #expect(try await client.status() == StatusFixture.document)
        let refused = try RawHTTPClient.exchange(
            unixPath: server.options.socketPath, "POST /control/resume/VI_9 HTTP/1.0\r\n\r\n")
        #expect(refused.hasPrefix("HTTP/1.0 404 Not Found\r\n"))
        var events = inbox.events.makeAsyncIterator()
        #expect(await events.next() == .command(.reload))
        await server.stop()
    }

    @Test func watchStreamsTheStatesNowThenEachTransitionAsItHappens() async throws {
        let directory = try StatusFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let feed = TransitionFeed(wallClock: { 3_600 })
        let control = ControlService(
            vrrp: Inbox(), checkers: nil, instanceNames: { [] }, feed: feed, log: Silent())
        let server = StatusServer(
            options: StatusServerOptions(socketPath: "\(directory)/vigil.sock"), control: control,
            provider: { StatusFixture.document })
        try await server.start()
        var engine = try loneInstanceEngine()
        _ = engine.start(now: .zero)
        feed.notice(engine)
        let lines = Mutex<[String]>([])
        let client = StatusClient(socketPath: server.options.socketPath)
        let watching = Task { try await offPool { try client.watchBlocking { line in lines.withLock { $0.append(line) } } } }
        #expect(await wait { lines.withLock { $0 } == ["01:00:00.000Z instance VI_1 BACKUP"] })
        while let deadline = engine.nextDeadline, deadline <= .zero + .seconds(5) {
            _ = engine.handle(.deadlineReached, now: deadline)
        }
        feed.notice(engine) { _ in "Receive advertisement timeout" }
        #expect(
            await wait {
                lines.withLock { $0.last } == "01:00:00.000Z instance VI_1 BACKUP -> MASTER (Receive advertisement timeout)"
            })
        #expect(feed.watcherCount == 1)
        await server.stop()
        try await watching.value
        #expect(await wait { feed.watcherCount == 0 })
    }

    /// Runs a blocking client call on a Dispatch thread, never on one of the cooperative pool's few.
    private func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    private func wait(_ condition: () -> Bool) async -> Bool {
        for _ in 0..<250 {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
