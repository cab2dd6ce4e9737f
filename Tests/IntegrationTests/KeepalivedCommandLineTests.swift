import Foundation
import Glibc
import Testing
import VigilLab

/// keepalived 2.2.7's whole command line, table-driven: `vigil` and `keepalived` run with the same
/// flags and must exit with the same status. Only `-t`, `-v`, `-h`, `--signum` and usage errors are
/// run, with a configuration that needs no interface, so nothing touches the host's network. Where
/// keepalived is not installed the suite is skipped (it says so).
@Suite(.enabled(if: IntegrationGate.hasKeepalived, "keepalived 2.2.7 is not installed (or not root): skipped"))
struct KeepalivedCommandLineTests {
    static let validConfig = """
        global_defs {
            router_id cli
        }
        virtual_server 192.0.2.10 80 {
            delay_loop 6
            lb_algo rr
            lb_kind NAT
            protocol TCP
            real_server 192.0.2.21 80 {
                weight 1
                TCP_CHECK {
                    connect_timeout 3
                }
            }
        }

        """

    /// Flags keepalived accepts in front of `-t -f VALID`: both exit 0 with each (paths under `{dir}`).
    static let acceptedFlags: [[String]] = [
        ["-P"], ["-C"], ["-P", "-C"], ["-B"], ["--all"], ["-l"], ["-D"], ["-S", "0"], ["-S7"], ["--log-facility=3"], ["-G"], ["-u", "0022"], ["--umask=18"], ["-X"], ["-V"], ["-I"], ["-R"], ["-n"],
        ["-d"], ["-p", "{dir}/k.pid"], ["--pid={dir}/k.pid"], ["-r", "{dir}/v.pid"], ["-c", "{dir}/c.pid"], ["-a"],
        ["-b", "{dir}/b.pid"], ["-x"], ["-A", "{dir}/agentx"], ["-s", "nonexistent"], ["-m"], ["-M"], ["-Mcore"],
        ["-e"], ["-i", "lb1"], ["--config-id=lb1"], ["-nlD"], ["--dont-fork", "--log-console", "--log-detail"],
        ["--vrrp"], ["--check"], ["--no_bfd"], ["--no-syslog"], ["--release-vips"], ["--dont-release-vrrp"],
        ["--dont-release-ipvs"], ["--dont-respawn"], ["--dump-conf"], ["--address-monitoring"], ["--snmp"],
        ["--core-dump"], ["--core-dump-pattern=core"], ["--all-config"], ["--namespace=nonexistent"],
    ]

    /// Whole command lines and the status both must exit with.
    static let rows: [(arguments: [String], status: Int32)] = [
        (["-t", "-f", "{valid}"], 0),
        (["--config-test", "--use-file={valid}"], 0),
        (["-t", "-f", "{bad}"], 5),
        (["-t", "-f", "{valid}", "-S", "foo"], 5),
        (["-t", "-f", "{valid}", "-S", "9"], 5),
        (["-v"], 0), (["--version"], 0), (["-h"], 0), (["--help"], 0),
        (["--signum=RELOAD"], 0), (["--signum=STOP"], 0), (["--signum=DATA"], 0), (["--signum=STATS"], 0),
        (["--signum=TDATA"], 1), (["--signum=reload"], 1), (["--signum"], 1),
        (["--bogus"], 1), (["-f"], 1), (["-t", "-f", "{valid}", "-A"], 1), (["-T"], 1),
    ]

    private static func run(_ program: String, _ arguments: [String], directory: String) -> (Int32, String) {
        let resolved = arguments.map {
            $0.replacingOccurrences(of: "{valid}", with: "\(directory)/valid.conf")
                .replacingOccurrences(of: "{bad}", with: "\(directory)/bad.conf")
                .replacingOccurrences(of: "{dir}", with: directory)
        }
        return (try? LabShell().runStatus([program] + resolved)) ?? (-1, "could not run \(program)")
    }

    private static func directory() throws -> String {
        let path = "/tmp/vigil-cli-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try validConfig.write(toFile: "\(path)/valid.conf", atomically: true, encoding: .utf8)
        let bad = "virtual_server 192.0.2.10 80 {\n    lb_algo rr\n    real_server 192.0.2.21 80 {\n        weight x\n"
        try bad.write(toFile: "\(path)/bad.conf", atomically: true, encoding: .utf8)
        return path
    }

    @Test func everyAcceptedFlagIsAcceptedWithTheSameStatus() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for flags in Self.acceptedFlags {
            let arguments = ["-t", "-f", "{valid}"] + flags
            let (keepalived, keepalivedOutput) = Self.run("/usr/sbin/keepalived", arguments, directory: directory)
            let (vigil, vigilOutput) = Self.run(IntegrationGate.vigilBinary, arguments, directory: directory)
            #expect(keepalived == 0, "keepalived \(arguments): \(keepalivedOutput)")
            #expect(vigil == keepalived, "vigil \(arguments) exits \(vigil): \(vigilOutput)")
        }
    }

    @Test func theSameCommandLineExitsWithTheSameStatus() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (arguments, status) in Self.rows {
            let (keepalived, keepalivedOutput) = Self.run("/usr/sbin/keepalived", arguments, directory: directory)
            let (vigil, vigilOutput) = Self.run(IntegrationGate.vigilBinary, arguments, directory: directory)
            #expect(keepalived == status, "keepalived \(arguments): \(keepalivedOutput)")
            #expect(vigil == status, "vigil \(arguments) exits \(vigil): \(vigilOutput)")
        }
    }

    @Test func signumPrintsKeepalivedsNumbers() throws {
        for name in ["RELOAD", "STOP", "DATA", "STATS", "JSON"] {
            let (_, keepalived) = Self.run("/usr/sbin/keepalived", ["--signum=\(name)"], directory: "/tmp")
            let (_, vigil) = Self.run(IntegrationGate.vigilBinary, ["--signum=\(name)"], directory: "/tmp")
            let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
            #expect(trimmed(vigil) == trimmed(keepalived), "\(name)")
        }
    }

    /// The differences Docs/Compatibility.md explains, pinned so they stay as documented.
    @Test func theDocumentedDifferencesStayAsDocumented() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // keepalived prints 63; Vigil refuses a function it does not answer (its signal would kill it).
        #expect(Self.run(IntegrationGate.vigilBinary, ["--signum=STATS_CLEAR"], directory: directory).0 == 1)
        // keepalived 2.2.7's -S takes only a number, although its help lists user and daemon; Vigil takes the names.
        for name in ["user", "daemon"] {
            let arguments = ["-t", "-f", "{valid}", "-S", name]
            #expect(Self.run("/usr/sbin/keepalived", arguments, directory: directory).0 == 5)
            #expect(Self.run(IntegrationGate.vigilBinary, arguments, directory: directory).0 == 0)
        }
        // Debian's keepalived is built without --enable-log-file; Vigil has -g.
        #expect(Self.run(IntegrationGate.vigilBinary, ["-t", "-f", "{valid}", "-g", "{dir}/log"], directory: directory).0 == 0)
    }
}
