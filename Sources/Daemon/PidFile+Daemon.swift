import LinuxPlatform

extension PidFile {
    /// The pid files the daemon holds, all naming its one process: `-p` always, `-r` when VRRP runs
    /// (not `-C`), `-c` when the checkers run.
    static func daemonFiles(_ options: DaemonOptions, runsCheckers: Bool) -> [PidFile] {
        var paths = [options.pidFile]
        if options.subsystems.runsVRRP { paths.append(options.vrrpPidFile) }
        if runsCheckers { paths.append(options.checkersPidFile) }
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }.map(PidFile.init(path:))
    }
}
