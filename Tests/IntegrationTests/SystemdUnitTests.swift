import Foundation
import Testing
import VigilLab

/// The systemd unit passes `systemd-analyze verify`: packaging/vigil.service when the repository has it,
/// else the unit the package installs, written here (Type=notify, `vigil --dont-fork`, reload by SIGHUP).
/// ExecStart points at the built binary, since verify insists the program exists.
@Suite(.enabled(if: SystemdAnalyze.isAvailable, "systemd-analyze or the vigil binary is missing: skipped"))
struct SystemdUnitTests {
    static let analyzer = SystemdAnalyze.path

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What the package installs when packaging/vigil.service is absent from this tree.
    static let packagedUnit = """
        [Unit]
        Description=Vigil VRRP and load-balancer daemon (keepalived-compatible)
        Documentation=man:vigil(8)
        After=network-online.target
        Wants=network-online.target

        [Service]
        Type=notify
        ExecStart=/usr/sbin/vigil --dont-fork
        ExecReload=/bin/kill -HUP $MAINPID
        KillMode=process
        Restart=on-failure

        [Install]
        WantedBy=multi-user.target

        """

    static var unit: String {
        let path = repository.appendingPathComponent("packaging/vigil.service").path
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? packagedUnit
    }

    /// `systemd-analyze verify` on `text` (with the built binary as /usr/sbin/vigil): status and output.
    private static func verify(_ text: String) throws -> (Int32, String) {
        let directory = "/tmp/vigil-unit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/vigil.service"
        try text.replacingOccurrences(of: "/usr/sbin/vigil", with: IntegrationGate.vigilBinary)
            .write(toFile: path, atomically: true, encoding: .utf8)
        // --man=no: Documentation=man:vigil(8) names the page the package installs, absent from a build tree.
        return try LabShell().runStatus([analyzer, "verify", "--man=no", path])
    }

    @Test func theUnitIsANotifyServiceThatStaysInTheForeground() {
        let lines = Self.unit.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Type=notify"))
        #expect(lines.contains { $0.hasPrefix("ExecStart=/usr/sbin/vigil") && $0.contains("--dont-fork") })
        #expect(lines.contains { $0.hasPrefix("ExecReload=") && $0.contains("-HUP") })
    }

    @Test func systemdAnalyzeVerifyAcceptsTheUnitWithoutAWord() throws {
        let (status, output) = try Self.verify(Self.unit)
        #expect(status == 0, "\(output)")
        #expect(output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(output)")
    }

    @Test func systemdAnalyzeVerifyWouldRejectABrokenUnit() throws {
        let (status, output) = try Self.verify(Self.unit.replacingOccurrences(of: "Type=notify", with: "Type=notifyy"))
        #expect(status != 0 || output.contains("Failed to parse service type"), "\(output)")
    }
}

/// Where `systemd-analyze` is, and whether the suite can run.
enum SystemdAnalyze {
    static let path = "/usr/bin/systemd-analyze"

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: path)
            && FileManager.default.isExecutableFile(atPath: IntegrationGate.vigilBinary)
    }
}
