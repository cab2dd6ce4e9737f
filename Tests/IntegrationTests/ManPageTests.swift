import Foundation
import Testing
import VigilLab

/// Docs/man/vigil.8 names every option `vigil --help` lists, and every signal `--signum` answers.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: IntegrationGate.vigilBinary), "vigil not built"))
struct ManPageTests {
    static let page: String = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = (try? String(contentsOf: repository.appendingPathComponent("Docs/man/vigil.8"), encoding: .utf8)) ?? ""
        // roff escapes the hyphen: "\-\-use\-file" is "--use-file" on the page.
        return text.replacingOccurrences(of: "\\-", with: "-")
    }()

    @Test func everyLongOptionOfTheHelpIsOnThePage() throws {
        let (status, help) = try LabShell().runStatus([IntegrationGate.vigilBinary, "run", "--help"])
        #expect(status == 0)
        let options = Set(help.split(whereSeparator: { " ,\n=<[".contains($0) }).filter { $0.hasPrefix("--") }
            .map { String($0.prefix { $0 != ")" && $0 != "]" }) })
        #expect(options.count > 30, "\(help)")
        for option in options {
            #expect(Self.page.contains(option), "\(option) is not in Docs/man/vigil.8")
        }
    }

    @Test func thePageHeaderCarriesTheVersionVigilPrints() throws {
        let (status, banner) = try LabShell().runStatus([IntegrationGate.vigilBinary, "--version"])
        #expect(status == 0)
        let header = try #require(Self.page.split(separator: "\n").first { $0.hasPrefix(".TH ") })
        let version = try #require(header.split(separator: "\"").first { $0.hasPrefix("Vigil ") }?.dropFirst(6))
        #expect(banner.hasPrefix("Vigil v\(version),"), "\(banner) / \(header)")
    }

    @Test func theSignalsAndExitStatusesAreOnThePage() {
        for word in ["SIGHUP", "SIGTERM", "SIGINT", "SIGUSR1", "SIGUSR2", "RELOAD", "STOP", "DATA", "STATS",
            "NOTIFY_SOCKET", "WATCHDOG_USEC", "/run/keepalived.pid", "/run/vrrp.pid", "/run/checkers.pid",
            "/etc/keepalived/keepalived.conf", "EXIT STATUS"]
        {
            #expect(Self.page.contains(word), "\(word) is not in Docs/man/vigil.8")
        }
    }
}
