import Glibc
import Runtime
import Testing

@testable import Daemon

@Suite(.serialized) struct SignalRouterTests {
    @Test func SIGUSR2BecomesAStatisticsDumpCommand() async {
        let inbox = Inbox()
        let router = SignalRouter(inbox: inbox)
        // Dispatch registers the handler asynchronously: signal until it is heard, or give up
        // after five seconds by posting a different command.
        let sender = Task {
            for _ in 0..<500 {
                if Task.isCancelled { break }
                kill(getpid(), SIGUSR2)
                try? await Task.sleep(for: .milliseconds(10))
            }
            inbox.post(.command(.reload))
        }
        var iterator = inbox.events.makeAsyncIterator()
        #expect(await iterator.next() == .command(.dumpStats))
        // The sender must have stopped before the default disposition (terminate) comes back.
        sender.cancel()
        _ = await sender.value
        router.cancel()
    }

    @Test func everyOperatorSignalHasItsKeepalivedMeaning() {
        let routes = Dictionary(uniqueKeysWithValues: SignalRouter.routes.map { ($0.signal, $0.command) })
        #expect(routes == [SIGTERM: .stop, SIGINT: .stop, SIGHUP: .reload, SIGUSR1: .dumpData, SIGUSR2: .dumpStats])
    }
}
