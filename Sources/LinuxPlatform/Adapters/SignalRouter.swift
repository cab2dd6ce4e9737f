import Dispatch
import Engine
import Glibc
import Runtime

/// Turns the operator's signals into runtime commands (Docs/Keepalived.md §6.2): TERM and INT
/// stop, HUP reloads, USR1 dumps data, USR2 dumps statistics, SIGRTMIN+2 writes keepalived's JSON. Dispatch owns the handlers, so no
/// thread ever blocks on a signal and no handler touches Swift state.
public final class SignalRouter {
    /// Each routed signal and the command it posts: every `DaemonSignal` Vigil answers, and SIGINT.
    public static let routes: [(signal: Int32, command: RuntimeCommand)] =
        [(SIGINT, .stop)] + DaemonSignal.allCases.compactMap { function in function.command.map { (function.number, $0) } }

    private var sources: [any DispatchSourceSignal] = []

    /// Starts routing; until `cancel`, these signals no longer have their default effect.
    public init(inbox: Inbox<EngineEvent>, queue: DispatchQueue = DispatchQueue(label: "vigil.signals")) {
        for (signalNumber, command) in Self.routes {
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
        for (signalNumber, _) in Self.routes {
            if keepingIgnored.contains(signalNumber) {
                System.ignoreSignal(signalNumber)
            } else {
                System.restoreDefaultSignal(signalNumber)
            }
        }
    }
}
