import ArgumentParser
import Daemon
import LinuxPlatform

/// keepalived 2.2.7's daemon flags (`keepalived --help`; Docs/Keepalived.md §6.1), every one
/// accepted. Those with no meaning for one process without BFD or SNMP are accepted and have no effect;
/// Docs/Compatibility.md says which and why.
struct DaemonFlags: ParsableArguments {
    @Flag(name: [.customShort("n"), .customLong("dont-fork")], help: "Stay in the foreground (do not fork).")
    var dontFork = false

    @Flag(name: [.customShort("l"), .customLong("log-console")], help: "Log to the console (standard error).")
    var logConsole = false

    @Flag(name: [.customShort("D"), .customLong("log-detail")], help: "Log detail lines too.")
    var logDetail = false

    @Option(
        name: [.customShort("S"), .customLong("log-facility")],
        help: "Syslog facility: 0-7 for LOG_LOCAL0-7, user or daemon (default).")
    var logFacility: String?

    @Flag(name: [.customShort("G"), .customLong("no-syslog")], help: "Do not log to syslog.")
    var noSyslog = false

    @Option(name: [.customShort("g"), .customLong("log-file")], help: "Also log to this file.")
    var logFile: String?

    @Option(
        name: .customLong("log-ident"),
        help: "One syslog ident for every line instead of Keepalived_vrrp / Keepalived_healthcheckers.")
    var logIdent: String?

    @Flag(name: [.customShort("P"), .customLong("vrrp")], help: "Run only the VRRP subsystem (no health checkers).")
    var vrrpOnly = false

    @Flag(name: [.customShort("C"), .customLong("check")], help: "Run only the health checkers (no VRRP).")
    var checkOnly = false

    @Flag(name: [.customShort("B"), .customLong("no_bfd")], help: "Do not run BFD (Vigil has none).")
    var noBFD = false

    @Flag(name: .customLong("all"), help: "Run every subsystem even without configuration (no effect: one process).")
    var all = false

    @Option(name: [.customShort("u"), .customLong("umask")], help: "The umask for files created (numeric).")
    var umask: String?

    @Flag(name: [.customShort("X"), .customLong("release-vips")], help: "Accepted; no effect (see vigil(8)).")
    var releaseVIPs = false

    @Flag(name: [.customShort("V"), .customLong("dont-release-vrrp")], help: "Leave the VIPs in place at shutdown.")
    var dontReleaseVRRP = false

    @Flag(
        name: [.customShort("I"), .customLong("dont-release-ipvs")],
        help: "Leave the IPVS/nftables table in place at shutdown.")
    var dontReleaseIPVS = false

    @Flag(name: [.customShort("R"), .customLong("dont-respawn")], help: "Accepted; no effect (no child processes).")
    var dontRespawn = false

    @Flag(name: [.customShort("d"), .customLong("dump-conf")], help: "Log the configuration as read at start.")
    var dumpConfiguration = false

    @Option(name: [.customShort("p"), .customLong("pid")], help: "The daemon's pid file.")
    var pidFile = "/run/keepalived.pid"

    @Option(name: [.customShort("r"), .customLong("vrrp_pid")], help: "The VRRP pid file (the same pid; not with -C).")
    var vrrpPidFile = "/run/vrrp.pid"

    @Option(
        name: [.customShort("c"), .customLong("checkers_pid")],
        help: "The checkers' pid file (the same pid; only when virtual servers run).")
    var checkersPidFile = "/run/checkers.pid"

    @Option(name: [.customShort("b"), .customLong("bfd_pid")], help: "Accepted; never written (no BFD).")
    var bfdPidFile: String?

    @Flag(name: [.customShort("a"), .customLong("address-monitoring")], help: "Accepted; no effect.")
    var addressMonitoring = false

    @Flag(name: [.customShort("x"), .customLong("snmp")], help: "Accepted; Vigil has no SNMP agent.")
    var snmp = false

    @Option(name: [.customShort("A"), .customLong("snmp-agent-socket")], help: "Accepted; no SNMP.")
    var snmpAgentSocket: String?

    @Option(name: [.customShort("s"), .customLong("namespace")], help: "Run in network namespace NAME.")
    var namespace: String?

    @Flag(name: [.customShort("m"), .customLong("core-dump")], help: "Allow a core dump if Vigil crashes.")
    var coreDump = false

    @Flag(
        name: [.customShort("M"), .customLong("core-dump-pattern")],
        help: "As -m; the system's core_pattern is left alone.")
    var coreDumpPattern = false

    @Option(name: .customLong("core-dump-pattern-value"), help: .hidden)
    var coreDumpPatternValue: String?

    @Flag(name: [.customShort("e"), .customLong("all-config")], help: "Accepted; a missing file is always an error.")
    var allConfig = false

    @Option(name: .customLong("data-file"), help: "Where SIGUSR1 writes the data dump.")
    var dataFile = "/tmp/vigil.data"

    @Option(name: .customLong("stats-file"), help: "Where SIGUSR2 writes the statistics.")
    var statsFile = "/tmp/vigil.stats"

    @Option(name: .customLong("syslog-socket"), help: .hidden)
    var syslogSocket = SyslogLogOutput.defaultSocketPath

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

    @Flag(
        name: .customLong("nftables-flow-hash"),
        help: "nftables NAT: hash each connection to its real server, so a director taking over carries it on.")
    var nftablesFlowHash = false

    /// The facility `-S` names, or why it does not (keepalived logs it and keeps `daemon`).
    var facility: Result<SyslogFacility, FlagProblem> {
        guard let text = logFacility else { return .success(.daemon) }
        guard let facility = SyslogFacility(option: text) else { return .failure(FlagProblem("Invalid log facility '\(text)'")) }
        return .success(facility)
    }

    /// `-u`'s mask, read as C's strtoul with base 0 reads it (0-prefixed octal, 0x hex, else
    /// decimal); nil when absent; a problem when it is not a mask (keepalived then ignores it).
    var fileMask: Result<UInt32?, FlagProblem> {
        guard let text = umask else { return .success(nil) }
        let value: UInt32?
        if text.hasPrefix("0x") || text.hasPrefix("0X") {
            value = UInt32(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("0") {
            value = UInt32(text, radix: 8)
        } else {
            value = UInt32(text, radix: 10)
        }
        guard let value, value <= 0o777 else { return .failure(FlagProblem("Invalid --umask option \(text)")) }
        return .success(value)
    }

    /// Where the log goes: the console with `-l`, else syslog unless `-G`; `-g` adds a file.
    var logging: LogDestinations {
        LogDestinations(
            console: logConsole, syslog: !logConsole && !noSyslog, facility: (try? facility.get()) ?? .daemon,
            ident: logIdent, file: logFile, detail: logDetail, syslogSocketPath: syslogSocket)
    }

    /// The daemon options these flags and `source` describe.
    func options(_ source: ConfigSource) -> DaemonOptions {
        var options = DaemonOptions(
            configurationPath: source.file, configID: source.configID, workingDirectory: CurrentDirectory.path(),
            pidFile: pidFile, vrrpPidFile: vrrpPidFile, logsDetail: logDetail, dataDumpFile: dataFile,
            statisticsFile: statsFile)
        options.statusSocket = statusSocket
        options.checkersPidFile = checkersPidFile
        // keepalived adds the subsystems up: -P and -C together run both.
        options.subsystems = vrrpOnly == checkOnly ? .all : vrrpOnly ? .vrrpOnly : .checkerOnly
        options.keepsAddressesOnStop = dontReleaseVRRP
        options.keepsDataPlaneOnStop = dontReleaseIPVS
        options.dumpsConfiguration = dumpConfiguration
        options.logging = logging
        options.statusListen = statusListen
        options.jsonDumpFile = jsonFile
        options.nftablesFlowHash = nftablesFlowHash
        return options
    }
}

/// A flag value keepalived would complain about.
struct FlagProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
