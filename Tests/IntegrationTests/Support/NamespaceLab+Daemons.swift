import VigilLab

/// The daemons the integration tests run in a `NamespaceLab`, and the questions they ask of it.
extension NamespaceLab {
    /// Starts `vigil -f CONF -n -l -D` in `host`'s namespace with the lab's pid and dump files.
    func startVigil(on host: String, config: String) throws -> LabProcess {
        let run = processes.count
        let path = try write("\(host)-\(run).conf", config)
        let base = "\(directory)/\(host)"
        return try start(
            host,
            [IntegrationGate.vigilBinary, "-f", path, "-n", "-l", "-D", "-p", "\(base).pid", "-r", "\(base)-vrrp.pid",
             "-c", "\(base)-checkers.pid", "--data-file", "\(base).data", "--stats-file", "\(base).stats", "--status-socket", "\(base).sock"],
            logName: "vigil-\(host)-\(run)")
    }

    /// Starts Debian's keepalived 2.2.7 the way its lab runs it (`-n -l -D -G`, private pid files).
    func startKeepalived(on host: String, config: String) throws -> LabProcess {
        let run = processes.count
        let path = try write("\(host)-\(run).conf", config)
        let base = "\(directory)/\(host)-keepalived"
        return try start(
            host,
            ["/usr/sbin/keepalived", "-n", "-l", "-D", "-G", "-f", path, "-p", "\(base).pid", "-r", "\(base)-vrrp.pid",
             "-c", "\(base)-checkers.pid", "-b", "\(base)-bfd.pid"],
            logName: "keepalived-\(host)-\(run)")
    }

    /// True if `host` never holds `address` during `period` (the other node stays master).
    func neverHolds(_ host: String, _ address: String, during period: Duration) async -> Bool {
        await !Eventually.holds(within: period, every: .milliseconds(100)) { holds(host, address) }
    }

    /// Exactly one of lb1 and lb2 holds `address`, and it is `master`.
    func onlyHolder(is master: String, of address: String) -> Bool {
        let other = master == "lb1" ? "lb2" : "lb1"
        return holds(master, address) && !holds(other, address)
    }
}
