import Glibc
import Runtime

/// keepalived's signal functions (`keepalived --signum=NAME`) and their numbers on Linux: the one
/// table `vigil --signum`, `SignalRouter` and the man page agree on. A function Vigil does not answer
/// has no `command`; `--signum` refuses it, since its signal would end the daemon.
public enum DaemonSignal: String, CaseIterable, Hashable, Sendable {
    /// SIGHUP: re-read the configuration.
    case reload = "RELOAD"
    /// SIGTERM: shut down (SIGINT does too).
    case stop = "STOP"
    /// SIGUSR1: write the data dump.
    case data = "DATA"
    /// SIGUSR2: write the statistics.
    case stats = "STATS"
    /// SIGRTMIN+29 in keepalived: write the statistics, then clear them.
    case statsClear = "STATS_CLEAR"
    /// SIGRTMIN+2 in keepalived: write the JSON dump (/tmp/keepalived.json).
    case json = "JSON"

    /// The signal number, as keepalived 2.2.7 prints it with `--signum`.
    public var number: Int32 {
        switch self {
        case .reload: SIGHUP
        case .stop: SIGTERM
        case .data: SIGUSR1
        case .stats: SIGUSR2
        case .statsClear: Self.realtimeMinimum + 29
        case .json: Self.realtimeMinimum + 2
        }
    }

    /// What Vigil does on this signal; nil when it does not answer it.
    public var command: RuntimeCommand? {
        switch self {
        case .reload: .reload
        case .stop: .stop
        case .data: .dumpData
        case .stats: .dumpStats
        case .statsClear: nil
        case .json: .dumpJSON
        }
    }

    /// The function named `name` exactly as keepalived spells it (upper case), if there is one.
    public init?(keepalivedName name: String) {
        self.init(rawValue: name)
    }

    /// glibc's SIGRTMIN (34 on Linux: the C library keeps two for its threads).
    private static var realtimeMinimum: Int32 { Int32(__libc_current_sigrtmin()) }
}
