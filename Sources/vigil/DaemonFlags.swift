import ArgumentParser
import Daemon

/// keepalived's daemon flags (Docs/Keepalived.md §6.1). Vigil always runs as one foreground
/// process, so `-n`, `-P`, `-C`, `-B`, `-R`, `-G` and `-l` are accepted for compatibility; the
/// log goes to standard error.
struct DaemonFlags: ParsableArguments {
    @Flag(name: [.customShort("n"), .customLong("dont-fork")], help: "Stay in the foreground (always).")
    var dontFork = false

    @Flag(name: [.customShort("l"), .customLong("log-console")], help: "Log to the console (always).")
    var logConsole = false

    @Flag(name: [.customShort("D"), .customLong("log-detail")], help: "Log detail lines too.")
    var logDetail = false

    @Flag(name: [.customShort("G"), .customLong("no-syslog")], help: "Do not log to syslog (never does).")
    var noSyslog = false

    @Flag(name: [.customShort("P"), .customLong("vrrp")], help: "VRRP only (the only subsystem running).")
    var vrrpOnly = false

    @Flag(name: [.customShort("C"), .customLong("check")], help: .hidden)
    var checkOnly = false

    @Flag(name: [.customShort("B"), .customLong("no_bfd")], help: .hidden)
    var noBFD = false

    @Flag(name: [.customShort("R"), .customLong("dont-respawn")], help: .hidden)
    var dontRespawn = false

    @Option(name: [.customShort("p"), .customLong("pid")], help: "The main pid file.")
    var pidFile = "/run/vigil.pid"

    @Option(name: [.customShort("r"), .customLong("vrrp_pid")], help: "The VRRP pid file.")
    var vrrpPidFile = "/run/vigil_vrrp.pid"

    @Option(name: [.customShort("c"), .customLong("checkers_pid")], help: .hidden)
    var checkersPidFile: String?

    @Option(name: [.customShort("b"), .customLong("bfd_pid")], help: .hidden)
    var bfdPidFile: String?

    @Option(name: .customLong("data-file"), help: "Where SIGUSR1 writes the data dump.")
    var dataFile = "/tmp/vigil.data"

    @Option(name: .customLong("stats-file"), help: "Where SIGUSR2 writes the statistics.")
    var statsFile = "/tmp/vigil.stats"

    @Option(name: .customLong("status-socket"), help: "The Unix socket 'vigil status' reads.")
    var statusSocket = "/run/vigil/vigil.sock"

    @Option(
        name: .customLong("status-listen"),
        help: "Serve /metrics, /status and the status page read-only over HTTP on ADDRESS:PORT (off by default).",
        transform: { text in
            guard let address = StatusListenAddress(parsing: text) else {
                throw ValidationError("'\(text)' is not ADDRESS:PORT (an IPv6 address in brackets)")
            }
            return address
        })
    var statusListen: StatusListenAddress?

    @Option(name: .customLong("json-file"), help: "Where keepalived's JSON signal (SIGRTMIN+2) writes the JSON dump.")
    var jsonFile = "/tmp/keepalived.json"

    /// Runs the daemon for `source`'s configuration; returns the exit status.
    func run(_ source: ConfigSource) -> Int32 {
        let options = DaemonOptions(
            configurationPath: source.file, configID: source.configID, workingDirectory: CurrentDirectory.path(),
            pidFile: pidFile, vrrpPidFile: vrrpPidFile, logsDetail: logDetail, dataDumpFile: dataFile,
            statisticsFile: statsFile)
        var withStatus = options
        withStatus.statusSocket = statusSocket
        withStatus.statusListen = statusListen
        withStatus.jsonDumpFile = jsonFile
        return VigilDaemon.runBlocking(withStatus)
    }
}
