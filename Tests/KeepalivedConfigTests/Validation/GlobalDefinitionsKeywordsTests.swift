import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct GlobalDefinitionsKeywordsTests {
    @Test func theUsualGlobalDefinitionsAreRead() throws {
        let text = """
            global_defs {
                notification_email {
                    admin@example.com
                    "Ops <ops@example.com>"
                }
                notification_email_from lb@example.com
                smtp_server 192.0.2.25 2525
                smtp_connect_timeout 0
                router_id lb1
                vrrp_mcast_group4 224.0.0.19
                vrrp_version 3
                script_user keepalived_script :users
                enable_script_security
                lvs_timeouts tcp 900 udp 30
                lvs_flush_on_stop VS
            }
            """
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let globals = result.configuration.globalDefinitions
        #expect(globals.email.recipients == ["admin@example.com", "Ops <ops@example.com>"])
        #expect(globals.email.server == SMTPServer(host: "192.0.2.25", port: 2525))
        #expect(globals.email.connectTimeout == .seconds(1))
        #expect(globals.routerID == "lb1")
        #expect(globals.vrrp.multicastGroup4 == IPv4Address(224, 0, 0, 19))
        #expect(globals.vrrp.version == .v3)
        #expect(globals.scripts.user == "keepalived_script")
        #expect(globals.scripts.group == "users")
        #expect(globals.scripts.enableScriptSecurity)
        #expect(globals.lvs.tcpTimeout == .seconds(900))
        #expect(globals.lvs.udpTimeout == .seconds(30))
        #expect(globals.lvs.tcpFinTimeout == nil)
        #expect(globals.lvs.flushOnStop == .virtualServers)
    }

    @Test func lvsIDIsReadAsRouterIDWithAWarningThatKeepalivedRejectsIt() throws {
        let result = ModelFixture.load("global_defs {\n lvs_id LVS_DEVEL\n}\n")
        #expect(result.configuration.globalDefinitions.routerID == "LVS_DEVEL")
        let warning = try #require(result.diagnostic("'lvs_id' was removed"))
        #expect(warning.severity == .warning)
        #expect(warning.exitClass == .error)
    }

    @Test func lowerPriorityGARPSettingsFollowTheFinalMasterSettingsUnlessWritten() {
        let followed = ModelFixture.load("global_defs {\n vrrp_garp_master_delay 8\n vrrp_garp_master_repeat 2\n}\n")
        #expect(followed.configuration.globalDefinitions.vrrp.garp.lowerPriorityDelay == .seconds(8))
        #expect(followed.configuration.globalDefinitions.vrrp.garp.lowerPriorityRepeat == 2)
        let written = ModelFixture.load("global_defs {\n vrrp_garp_master_delay 8\n vrrp_garp_lower_prio_delay 1\n}\n")
        #expect(written.configuration.globalDefinitions.vrrp.garp.lowerPriorityDelay == .seconds(1))
    }

    @Test func aZeroRepeatCountBecomesOneWithAnError() {
        let result = ModelFixture.load("global_defs {\n vrrp_garp_master_repeat 0\n}\n")
        #expect(result.configuration.globalDefinitions.vrrp.garp.masterRepeat == 1)
        #expect(result.exitStatus == 5)
    }

    @Test func vrrpMinGARPChangesOnlyValuesStillAtTheirDefaults() {
        let result = ModelFixture.load("global_defs {\n vrrp_garp_master_repeat 3\n vrrp_min_garp\n}\n")
        let garp = result.configuration.globalDefinitions.vrrp.garp
        #expect(garp.masterRepeat == 3)
        #expect(garp.masterDelay == .zero)
    }

    @Test func aZeroGARPIntervalIsAnErrorAndKeepsTheDefault() {
        let result = ModelFixture.load("global_defs {\n vrrp_garp_interval 0\n}\n")
        #expect(result.diagnostic("'vrrp_garp_interval' must be between")?.location?.line == 2)
        #expect(result.configuration.globalDefinitions.vrrp.garpInterval == .zero)
    }

    @Test(arguments: ["enable_snmp_vrrp", "enable_dbus", "bfd_priority -5", "vmac_prefix vr"])
    func keywordsVigilDoesNotImplementAreReportedAsUnsupported(line: String) throws {
        let result = ModelFixture.load("global_defs {\n \(line)\n}\n")
        let keyword = String(line.prefix { $0 != " " })
        #expect(result.diagnostic("'\(keyword)' is not supported by vigil")?.exitClass == Diagnostic.Class.none)
    }

    @Test func dynamicInterfacesIsReadWithItsOptionAndNoWarning() throws {
        let result = ModelFixture.load("global_defs {\n dynamic_interfaces allow_if_changes\n}\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.configuration.globalDefinitions.vrrp.dynamicInterfaces)
        #expect(result.configuration.globalDefinitions.vrrp.allowInterfaceChanges)
    }
}
