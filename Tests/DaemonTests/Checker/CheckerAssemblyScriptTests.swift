import Engine
import Glibc
import HealthCheck
import KeepalivedConfig
import LinuxPlatform
import Testing

@testable import Daemon

/// The checker's scripts get the same vetting as vrrp_script: the default script user, and under
/// `enable_script_security` an insecure root script is refused.
@Suite struct CheckerAssemblyScriptTests {
    private typealias T = CheckerConfigText

    /// Scripts under /open are in a world-writable directory; everything else is root's.
    private static func vetting(enforced: Bool, scriptUser: ScriptUser? = nil) -> ScriptVetting {
        ScriptVetting(
            security: ScriptSecurity(isEnforced: enforced, status: { path in
                let mode: mode_t =
                    path == "/open" ? S_IFDIR | 0o777 : path.hasSuffix(".sh") ? S_IFREG | 0o755 : S_IFDIR | 0o755
                return FileStatus(ownerID: 0, groupID: 0, mode: mode)
            }),
            identity: ScriptIdentityPolicy(configuredUser: scriptUser, userExists: { _ in false }),
            locate: { $0 })
    }

    private static let scripted = T.virtualServer(
        "quorum_up /open/q.sh\nquorum_down /etc/q.sh",
        realServer: "notify_up /open/n.sh\nnotify_down /etc/n.sh op\nMISC_CHECK {\nmisc_path \"/open/m.sh x\"\n}")

    private static func assemble(enforced: Bool, scriptUser: ScriptUser? = nil) -> CheckerAssembly.Result {
        CheckerAssembly.assemble(
            T.load(scripted).configuration, vetting: vetting(enforced: enforced, scriptUser: scriptUser))
    }

    private static func miscProbe(_ result: CheckerAssembly.Result) -> MiscProbe? {
        guard case .misc(let probe) = result.configuration.virtualServers.first?.realServers.first?.checkers.first?
            .probe.spec
        else { return nil }
        return probe
    }

    @Test func scriptsWithoutAUserOfTheirOwnRunAsScriptUser() throws {
        let result = Self.assemble(enforced: false, scriptUser: ScriptUser(name: "nobody", group: "nogroup"))
        let server = try #require(result.configuration.virtualServers.first)
        #expect(server.quorumUp == CheckerScript(arguments: ["/open/q.sh"], user: "nobody", group: "nogroup"))
        #expect(server.realServers.first?.notifyDown == CheckerScript(arguments: ["/etc/n.sh"], user: "op"))
        let misc = try #require(Self.miscProbe(result))
        #expect(misc.user == "nobody" && misc.group == "nogroup" && !misc.enforcesScriptSecurity)
    }

    @Test func underScriptSecurityInsecureNotifyAndQuorumScriptsAreLeftOutAndMiscIsRefusedWhenRun() throws {
        let result = Self.assemble(enforced: true)
        let server = try #require(result.configuration.virtualServers.first)
        #expect(server.quorumUp == nil)
        #expect(server.quorumDown == CheckerScript(arguments: ["/etc/q.sh"]))
        #expect(server.realServers.first?.notifyUp == nil)
        let misc = try #require(Self.miscProbe(result))
        #expect(misc.user == nil && misc.enforcesScriptSecurity)
        let refusals = result.warnings.filter { $0.hasPrefix("Unsafe permissions found for script") }
        #expect(refusals.count == 3, "\(result.warnings)")
        #expect(refusals.allSatisfy { $0.contains("/open is writable by a non-root user") })
    }

    @Test func withoutScriptSecurityTheyStayWithAWarning() throws {
        let result = Self.assemble(enforced: false)
        let server = try #require(result.configuration.virtualServers.first)
        #expect(server.quorumUp == CheckerScript(arguments: ["/open/q.sh"]))
        #expect(server.realServers.first?.notifyUp == CheckerScript(arguments: ["/open/n.sh"]))
        #expect(result.warnings.filter { $0.hasPrefix("SECURITY VIOLATION") }.count == 3)
    }
}
