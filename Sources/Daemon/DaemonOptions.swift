/// How the daemon runs: keepalived's flags (Docs/Keepalived.md §6.1) with Vigil's own defaults.
public struct DaemonOptions: Hashable, Sendable {
    /// `-f`: the configuration file.
    public var configurationPath: String
    /// `-i`: the id `@ID` lines match; nil = the short host name.
    public var configID: String?
    /// Where relative include paths resolve.
    public var workingDirectory: String?
    /// `-p`: keepalived's /run/keepalived.pid becomes /run/vigil.pid.
    public var pidFile: String
    /// `-r`: keepalived's /run/vrrp.pid becomes /run/vigil_vrrp.pid (one process holds both).
    public var vrrpPidFile: String
    /// `-D`: log detail lines too.
    public var logsDetail: Bool
    /// SIGUSR1 writes here (keepalived: /tmp/keepalived.data).
    public var dataDumpFile: String
    /// SIGUSR2 writes here (keepalived: /tmp/keepalived.stats).
    public var statisticsFile: String
    /// Where `vigil status` finds the daemon (HTTP/1.0 over a Unix socket: /status, /metrics).
    public var statusSocket: String = "/run/vigil/vigil.sock"
    /// `--status-listen`: read-only HTTP on TCP (`/metrics`, `/status`, the page `/`); nil serves none.
    public var statusListen: StatusListenAddress?
    /// keepalived's JSON signal (SIGRTMIN+2) writes here, as keepalived writes /tmp/keepalived.json.
    public var jsonDumpFile: String = "/tmp/keepalived.json"

    public init(
        configurationPath: String = "/etc/keepalived/keepalived.conf", configID: String? = nil,
        workingDirectory: String? = nil, pidFile: String = "/run/vigil.pid", vrrpPidFile: String = "/run/vigil_vrrp.pid",
        logsDetail: Bool = false, dataDumpFile: String = "/tmp/vigil.data", statisticsFile: String = "/tmp/vigil.stats"
    ) {
        self.configurationPath = configurationPath
        self.configID = configID
        self.workingDirectory = workingDirectory
        self.pidFile = pidFile
        self.vrrpPidFile = vrrpPidFile
        self.logsDetail = logsDetail
        self.dataDumpFile = dataDumpFile
        self.statisticsFile = statisticsFile
    }
}
