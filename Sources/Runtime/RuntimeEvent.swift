/// What the inbox carries: events for the core, and commands for the runtime itself.
public enum RuntimeEvent<Event: Hashable & Sendable>: Hashable, Sendable {
    case engine(Event)
    case command(RuntimeCommand)
    /// Events posted with `Inbox.postInBatch` wait beside the stream; one `.batch` stands for
    /// however many arrived before the loop took them (a burst of probe results wakes the loop once).
    case batch
    /// Posted every `ServiceSupervisor.keepAliveInterval` while none is pending: taking it proves the
    /// loop is alive, so a stalled loop stops feeding the service manager's watchdog.
    case keepAlive
}

/// Operator requests, usually from signals (Docs/Keepalived.md §6.2).
public enum RuntimeCommand: Hashable, Sendable {
    /// SIGHUP: re-read the configuration.
    case reload
    /// SIGUSR1: write the data dump.
    case dumpData
    /// SIGUSR2: write the statistics.
    case dumpStats
    /// SIGTERM/SIGINT: shut down in order, then return from `run`.
    case stop
    /// keepalived's JSON signal (SIGRTMIN+2): write the JSON dump.
    case dumpJSON
    /// An interface appeared, went away or changed its index or addresses: resolve the running
    /// configuration against the host again (sockets, source addresses), as keepalived follows a
    /// deleted and re-created interface.
    case interfacesChanged
}
