import Logging

/// Lines to syslog as glibc's syslog(3) writes them on Debian 12: one datagram per line to `/dev/log`,
/// `<PRI>Mmm dd hh:mm:ss IDENT[PID]: text` (RFC 3164 without the host name, which the syslog daemon
/// adds). The ident is keepalived's per subsystem (`Keepalived_vrrp`, `Keepalived_healthcheckers`)
/// so existing rsyslog filters match, unless `--log-ident` names another. A message of several
/// lines is several datagrams, each a line rsyslog can match.
public struct SyslogLogOutput: LogOutput {
    /// Debian's syslog socket.
    public static let defaultSocketPath = "/dev/log"

    /// The socket the datagrams go to.
    public let socketPath: String
    /// `-S`.
    public let facility: SyslogFacility
    /// The program name before `[pid]`.
    public let ident: String
    private let processID: Int32
    private let socket: UnixDatagramSocket?

    /// An output sending to `socketPath` as `ident` with `facility`.
    public init(ident: String, facility: SyslogFacility = .daemon, socketPath: String = Self.defaultSocketPath) {
        self.ident = ident
        self.facility = facility
        self.socketPath = socketPath
        processID = System.processID()
        socket = try? UnixDatagramSocket()
    }

    public func write(_ message: String, level: Logger.Level) {
        guard let socket else { return }
        let head = "<\(facility.code * 8 + Self.severity(level))>\(ConsoleLogSink.syslogTimestamp()) \(ident)[\(processID)]: "
        for line in message.split(separator: "\n", omittingEmptySubsequences: true) {
            // Like syslog(3) with no LOG_CONS: a missing or full syslog socket loses the line.
            try? socket.send(Array((head + line).utf8), to: socketPath)
        }
    }

    /// The RFC 3164 severity: error 3, warning 4, notice 5, info 6, debug 7 (trace as debug).
    static func severity(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}
