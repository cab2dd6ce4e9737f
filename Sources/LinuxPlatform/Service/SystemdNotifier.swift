import NetworkPrimitives

/// systemd's notification protocol (sd_notify(3)), spoken without libsystemd: newline-separated
/// `KEY=VALUE` fields in one datagram to the socket `NOTIFY_SOCKET` names (a path, or "@name" in the
/// abstract namespace). Without NOTIFY_SOCKET every call does nothing, as sd_notify does.
public struct SystemdNotifier: Sendable {
    /// The socket systemd listens on; nil when not run by systemd with `Type=notify`.
    public let socketPath: String?
    /// Half of `WATCHDOG_USEC`, when the watchdog is on and meant for this process (`WATCHDOG_PID`
    /// unset or ours); nil otherwise.
    public let watchdogInterval: Duration?
    private let socket: UnixDatagramSocket?

    /// A notifier for the given environment values (`NOTIFY_SOCKET`, `WATCHDOG_USEC`, `WATCHDOG_PID`)
    /// of process `processID`.
    public init(environment: (String) -> String?, processID: Int32) {
        let path = environment("NOTIFY_SOCKET").flatMap { $0.isEmpty ? nil : $0 }
        socketPath = path
        socket = path == nil ? nil : try? UnixDatagramSocket()
        watchdogInterval = Self.watchdogInterval(
            microseconds: environment("WATCHDOG_USEC"), pid: environment("WATCHDOG_PID"), processID: processID)
    }

    /// The notifier systemd set up for this process, from its environment.
    public static func fromEnvironment() -> SystemdNotifier {
        SystemdNotifier(environment: { System.environmentValue($0) }, processID: System.processID())
    }

    /// Half of `microseconds` when it parses and `pid` (if given) is `processID`.
    static func watchdogInterval(microseconds: String?, pid: String?, processID: Int32) -> Duration? {
        guard let text = microseconds, let value = Int64(text), value > 0 else { return nil }
        if let pid, !pid.isEmpty, Int32(pid) != processID { return nil }
        return .microseconds(value / 2)
    }

    /// Sends `fields`, one `KEY=VALUE` per line; a failure is ignored (systemd may be gone).
    public func notify(_ fields: [String]) {
        guard let socket, let socketPath, !fields.isEmpty else { return }
        try? socket.send(Array(fields.joined(separator: "\n").utf8), to: socketPath)
    }

    /// `READY=1`: the first configuration is applied (or a reload finished).
    public func ready(status: String) { notify(["READY=1", Self.status(status)]) }

    /// `RELOADING=1` with `MONOTONIC_USEC`, as systemd's `Type=notify-reload` expects before a reload.
    public func reloading(status: String) {
        notify(["RELOADING=1", "MONOTONIC_USEC=\(System.monotonicNow().nanoseconds / 1000)", Self.status(status)])
    }

    /// `STOPPING=1`: shutdown has begun.
    public func stopping(status: String) { notify(["STOPPING=1", Self.status(status)]) }

    /// `STATUS=`: the line `systemctl status` shows.
    public func status(_ text: String) { notify([Self.status(text)]) }

    /// `WATCHDOG=1`: the keep-alive.
    public func watchdog() { notify(["WATCHDOG=1"]) }

    /// One `STATUS=` field: the first line of `text`.
    static func status(_ text: String) -> String {
        "STATUS=" + text.prefix { $0 != "\n" }
    }
}
