import KeepalivedConfig
import Testing

@testable import Daemon

extension DaemonSupportAuditTests {
    @Test func acceptModeOffIsAWarningNamingTheMissingFirewall() {
        let explicit = Self.findings(Self.instance("no_accept"))
        #expect(explicit.map(\.severity) == [.warning])
        #expect(explicit.first?.exitClass == Diagnostic.Class.none)
        #expect(explicit.first?.message.contains("(no_accept): vigil installs no firewall rules") == true)
        let strict = Self.findings(Self.instance("strict_mode"))
        #expect(strict.first?.message.contains("(strict mode turns accept mode off)") == true)
        // Accept mode (the default without strict mode) and an owner in strict mode need no firewall.
        #expect(Self.findings(Self.instance("")).isEmpty)
        #expect(Self.findings(Self.instance("accept")).isEmpty)
        #expect(Self.findings(Self.instance("strict_mode\nstate MASTER").replacingOccurrences(of: "priority 100", with: "priority 255")).isEmpty)
    }
}
