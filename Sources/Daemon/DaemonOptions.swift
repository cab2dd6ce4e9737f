import LinuxPlatform

/// How the daemon runs: keepalived's flags (Docs/Keepalived.md §6.1) with Vigil's own defaults.
public struct DaemonOptions: Hashable, Sendable {
    /// `-f`: the configuration file.
    public var configurationPath: String
    /// `-i`: the id `@ID` lines match; nil = the short host name.
    public var configID: String?
    /// Where relative include paths resolve.
    public var workingDirectory: String?
    /// `-p`: the daemon's pid (keepalived's parent process), /run/keepalived.pid by default.
    public var pidFile: String
    /// `-r`: the pid of the process running VRRP, /run/vrrp.pid; Vigil is one process, so the same
    /// pid as `-p`, written unless `-C`.
    public var vrrpPidFile: String
    /// `-c`: the pid of the process running the checkers, /run/checkers.pid; the same pid again,
    /// written only when the checker runs (virtual servers configured, no `-P`).
    public var checkersPidFile: String = "/run/checkers.pid"
    /// `-P` / `-C`: which of the two subsystems run.
    public var subsystems: DaemonSubsystems = .all
    /// `-V`: leave the VIPs on the interfaces at shutdown.
    public var keepsAddressesOnStop = false
    /// `-I`: leave the IPVS/nftables table in the kernel at shutdown.
    public var keepsDataPlaneOnStop = false
    /// `-d`: log the configuration as read (its JSON view) at start.
    public var dumpsConfiguration = false
    /// `-l`, `-G`, `-g`, `-S`, `--log-ident`, `-D`: where the log goes.
    public var logging = LogDestinations(console: true, syslog: false)
    /// Set in a child started without `-n`: where to tell the waiting parent the daemon is ready.
    public var readiness: DetachedStart.Readiness?
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
    /// `--nftables-flow-hash`: the nftables data plane hashes each NAT connection to its real server
    /// and picks up connections a peer director started (`NFTablesRuleset.Options.flowHash`).
    public var nftablesFlowHash = false

    public init(
        configurationPath: String = "/etc/keepalived/keepalived.conf", configID: String? = nil,
        workingDirectory: String? = nil, pidFile: String = "/run/keepalived.pid", vrrpPidFile: String = "/run/vrrp.pid",
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
