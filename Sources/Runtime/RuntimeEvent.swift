import Engine

/// What the inbox carries: events for the engine, and commands for the runtime itself.
public enum RuntimeEvent: Hashable, Sendable {
    case engine(EngineEvent)
    case command(RuntimeCommand)
}

/// Operator requests, usually from signals (keepalived-behaviour 6.2).
public enum RuntimeCommand: Hashable, Sendable {
    /// SIGHUP: re-read the configuration.
    case reload
    /// SIGUSR1: write the data dump.
    case dumpData
    /// SIGUSR2: write the statistics.
    case dumpStats
    /// SIGTERM/SIGINT: shut down in order, then return from `run`.
    case stop
}
