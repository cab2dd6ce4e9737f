import Dispatch
import Engine
import Glibc
import Runtime

/// Turns the operator's signals into runtime commands (Docs/Keepalived.md §6.2): TERM and INT
/// stop, HUP reloads, USR1 dumps data, USR2 dumps statistics. Dispatch owns the handlers, so no
/// thread ever blocks on a signal and no handler touches Swift state.
public final class SignalRouter {
    /// Each routed signal and the command it posts.
    public static let routes: [(signal: Int32, command: RuntimeCommand)] = [
        (SIGTERM, .stop), (SIGINT, .stop), (SIGHUP, .reload), (SIGUSR1, .dumpData), (SIGUSR2, .dumpStats),
    ]

    /// keepalived's JSON signal, SIGRTMIN+2: 36 with glibc (`keepalived --signum=JSON` prints it).
    /// Routed beside `routes` to `.dumpJSON`.
    public static let jsonSignal: Int32 = 36

    /// Every signal routed: `routes` and the JSON signal.
    static var allRoutes: [(signal: Int32, command: RuntimeCommand)] { routes + [(jsonSignal, .dumpJSON)] }

    private var sources: [any DispatchSourceSignal] = []

    /// Starts routing; until `cancel`, these signals no longer have their default effect.
    public init(inbox: Inbox<EngineEvent>, queue: DispatchQueue = DispatchQueue(label: "vigil.signals")) {
        for (signalNumber, command) in Self.allRoutes {
            System.ignoreSignal(signalNumber)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { inbox.post(.command(command)) }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops routing and restores the default dispositions, except for `keepingIgnored`.
    public func cancel(keepingIgnored: Set<Int32> = []) {
        for source in sources { source.cancel() }
        sources = []
        for (signalNumber, _) in Self.allRoutes {
            if keepingIgnored.contains(signalNumber) {
                System.ignoreSignal(signalNumber)
            } else {
                System.restoreDefaultSignal(signalNumber)
            }
        }
    }
}
