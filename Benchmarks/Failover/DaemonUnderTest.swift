import Foundation

/// A keepalived-compatible daemon the benchmark can start: its command line is a template.
struct DaemonUnderTest: Sendable {
    var name: String
    /// Placeholders: {conf} {pid} {vrrp_pid} {chk_pid} {bfd_pid} {status_socket}.
    var template: [String]

    func command(conf: String, stateDirectory: String, node: String) -> [String] {
        template.map {
            $0.replacingOccurrences(of: "{conf}", with: conf)
                .replacingOccurrences(of: "{pid}", with: "\(stateDirectory)/\(node)-\(name).pid")
                .replacingOccurrences(of: "{vrrp_pid}", with: "\(stateDirectory)/\(node)-\(name)-vrrp.pid")
                .replacingOccurrences(of: "{chk_pid}", with: "\(stateDirectory)/\(node)-\(name)-chk.pid")
                .replacingOccurrences(of: "{bfd_pid}", with: "\(stateDirectory)/\(node)-\(name)-bfd.pid")
                .replacingOccurrences(of: "{status_socket}", with: "\(stateDirectory)/\(node)-\(name).sock")
        }
    }

    static func keepalived() -> DaemonUnderTest {
        DaemonUnderTest(name: "keepalived", template: [
            "keepalived", "-n", "-l", "-G", "-f", "{conf}", "-p", "{pid}", "-r", "{vrrp_pid}",
            "-c", "{chk_pid}", "-b", "{bfd_pid}",
        ])
    }

    static func vigil(executable: String) -> DaemonUnderTest {
        DaemonUnderTest(name: "vigil", template: [
            // Each node its own status socket: two daemons on one file system cannot share the default one.
            executable, "-n", "-l", "-f", "{conf}", "-p", "{pid}", "-r", "{vrrp_pid}", "-c", "{chk_pid}",
            "--status-socket", "{status_socket}",
        ])
    }
}

/// Who runs on lb1 (the master that fails) and on lb2 (the backup that takes over).
struct DaemonPair: Sendable {
    var master: DaemonUnderTest
    var backup: DaemonUnderTest

    /// `vigil`, `keepalived`, or `vigil>keepalived` for a Vigil master with a keepalived backup.
    var name: String { master.name == backup.name ? master.name : "\(master.name)>\(backup.name)" }

    static func same(_ daemon: DaemonUnderTest) -> DaemonPair { DaemonPair(master: daemon, backup: daemon) }
}
