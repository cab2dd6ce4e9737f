import Logging

/// Where the daemon's log goes, from keepalived's flags: `-l` the console, syslog unless `-G` (and
/// only when not logging to the console, as keepalived does), `-g FILE` a file, `-S` the facility,
/// `-D` debug lines too. `logger(for:)` builds one swift-log `Logger` per subsystem.
public struct LogDestinations: Hashable, Sendable {
    /// keepalived's two logging processes, whose syslog idents Vigil keeps.
    public enum Subsystem: String, Sendable, CaseIterable {
        case vrrp = "Keepalived_vrrp"
        case checker = "Keepalived_healthcheckers"
    }

    /// `-l`.
    public var console: Bool
    /// Syslog, unless `-G` or `-l`.
    public var syslog: Bool
    /// `-S`.
    public var facility: SyslogFacility
    /// `--log-ident`: one ident for every subsystem instead of keepalived's.
    public var ident: String?
    /// `-g FILE`.
    public var file: String?
    /// `-D`.
    public var detail: Bool
    /// The syslog socket (tests listen on their own).
    public var syslogSocketPath: String

    public init(
        console: Bool, syslog: Bool, facility: SyslogFacility = .daemon, ident: String? = nil, file: String? = nil,
        detail: Bool = false, syslogSocketPath: String = SyslogLogOutput.defaultSocketPath
    ) {
        self.console = console
        self.syslog = syslog
        self.facility = facility
        self.ident = ident
        self.file = file
        self.detail = detail
        self.syslogSocketPath = syslogSocketPath
    }

    /// The logger for `subsystem`; `file` is the shared output of `-g` (opened once by the caller).
    public func logger(for subsystem: Subsystem, file output: FileLogOutput? = nil) -> Logger {
        var outputs: [any LogOutput] = []
        if console { outputs.append(ConsoleLogOutput()) }
        if syslog {
            outputs.append(
                SyslogLogOutput(ident: ident ?? subsystem.rawValue, facility: facility, socketPath: syslogSocketPath))
        }
        if let output { outputs.append(output) }
        let level: Logger.Level = detail ? .debug : .info
        var logger = Logger(label: subsystem.rawValue) { _ in
            let handlers = outputs.map { VigilLogHandler(output: $0, logLevel: level) as any LogHandler }
            switch handlers.count {
            case 0: return SwiftLogNoOpLogHandler()
            case 1: return handlers[0]
            default: return MultiplexLogHandler(handlers)
            }
        }
        logger.logLevel = level
        return logger
    }
}
