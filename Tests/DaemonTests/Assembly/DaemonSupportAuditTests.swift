import KeepalivedConfig
import Testing

@testable import Daemon

@Suite struct DaemonSupportAuditTests {
    static func findings(_ text: String) -> [Diagnostic] {
        let path = "/etc/keepalived/keepalived.conf"
        let result = KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: "lb1"), fileSystem: InMemoryFileSystem(files: [path: text]))
        return DaemonSupportAudit.findings(result.configuration)
    }

    static func instance(_ body: String) -> String {
        """
        vrrp_instance VI_1 {
            interface eth0
            virtual_router_id 51
            priority 100
            virtual_ipaddress {
                10.0.0.1/24
            }
        \(body)
        }

        """
    }

    @Test func AHAuthenticationIsAnErrorThatStopsTheDaemon() {
        let found = Self.findings(Self.instance("authentication {\nauth_type AH\nauth_pass secret12\n}"))
        #expect(found.count == 1)
        #expect(found.first?.severity == .error && found.first?.exitClass == .fatal)
        #expect(found.first?.message.contains("auth_type AH is not supported") == true)
        #expect(Self.findings(Self.instance("authentication {\nauth_type PASS\nauth_pass secret12\n}")).isEmpty)
    }

    @Test func aFIFOOwnerAndStatesOnReloadAreSupported() {
        let text = "global_defs {\nnotify_fifo /run/k.fifo nobody\nfifo_write_vrrp_states_on_reload\n}\n" + Self.instance("")
        #expect(Self.findings(text).isEmpty)
    }

    @Test func unsupportedRoutesRulesAndStaticAddressingAreWarningsNamingTheConsequence() {
        let text =
            Self.instance(
                "virtual_routes {\n10.8.0.0/16 via 10.0.0.254\nblackhole 10.9.0.0/16\n}\n"
                    + "virtual_rules {\nfrom 10.0.0.0/24 table 100 preference 100\n"
                    + "from 10.1.0.0/24 table 100 preference 101 tos 0x10\n}")
            + "static_ipaddress {\n192.0.2.1/24 dev eth0\n}\nstatic_routes {\n192.0.3.0/24 via 192.0.2.254\n"
            + "192.0.4.0/24 via 192.0.2.254 table special\n}\n"
            + "static_rules {\nfrom 192.0.2.0/24 table 101 preference 200\nto 192.0.5.0/24 table named preference 201\n}\n"
        let messages = Self.findings(text).map(\.message)
        #expect(
            messages == [
                "not supported: route type 'blackhole' in virtual_routes of 'VI_1': this route will not be installed",
                "not supported: 'tos' in virtual_rules of 'VI_1': this rule will not be installed",
                "not supported: table 'special' in static_routes: this route will not be installed",
                "not supported: table 'named' in static_rules: this rule will not be installed",
            ])
        #expect(Self.findings(text).allSatisfy { $0.severity == .warning && $0.exitClass == .none })
        #expect(Self.findings(Self.instance("")).isEmpty)
    }
}
