import Glibc
import Engine
import Runtime
import Testing

@testable import LinuxPlatform

@Suite(.serialized) struct SignalRouterTests {
    @Test func SIGUSR2BecomesAStatisticsDumpCommand() async {
        let inbox = Inbox<EngineEvent>()
        let router = SignalRouter(inbox: inbox)
        // Dispatch registers the handler asynchronously: signal until it is heard, or give up
        // after five seconds by posting a different command.
        let sender = Task {
            for _ in 0..<500 {
                kill(getpid(), SIGUSR2)
                try await Task.sleep(for: .milliseconds(10))
            }
            inbox.post(.command(.reload))
        }
        var iterator = inbox.events.makeAsyncIterator()
        #expect(await iterator.next() == .command(.dumpStats))
        // A SIGUSR2 still pending somewhere must not terminate the test process.
        sender.cancel()
        _ = await sender.result
        router.cancel(keepingIgnored: [SIGUSR2])
    }

    @Test func everyOperatorSignalHasItsKeepalivedMeaning() {
        let routes = Dictionary(uniqueKeysWithValues: SignalRouter.routes.map { ($0.signal, $0.command) })
        #expect(
            routes == [
                SIGTERM: .stop, SIGINT: .stop, SIGHUP: .reload, SIGUSR1: .dumpData, SIGUSR2: .dumpStats,
                Int32(__libc_current_sigrtmin()) + 2: .dumpJSON,
            ])
    }
}
