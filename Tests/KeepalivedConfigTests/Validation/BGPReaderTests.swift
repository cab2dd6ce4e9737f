import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct BGPReaderTests {
    static let script = """
        vrrp_script chk_web {
            script "/usr/bin/true"
        }

        """

    @Test func vigilBGPReadsTheDaemonSettingsAndEachAnnouncementWithItsScripts() throws {
        let text = Self.script + """
            vigil_bgp {
                control_socket /run/bird/vigil.ctl
                routes_file /etc/bird/routes.conf
                birdc /usr/local/sbin/birdc
                announce 192.0.2.100/32 {
                    track_script {
                        chk_web
                    }
                }
                announce 2001:db8::/64 {
                }
            }
            """
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let bgp = try #require(result.configuration.bgp)
        #expect(bgp.controlSocket == "/run/bird/vigil.ctl")
        #expect(bgp.routesFile == "/etc/bird/routes.conf")
        #expect(bgp.birdc == "/usr/local/sbin/birdc")
        #expect(bgp.announcements.map(\.prefix.description) == ["192.0.2.100/32", "2001:db8::/64"])
        #expect(bgp.announcements.first?.trackScripts.map(\.name) == ["chk_web"])
        // A script tracked only by an announcement is kept, not pruned as untracked.
        #expect(result.configuration.vrrpScripts.map(\.name) == ["chk_web"])
    }

    @Test func withoutTheBlockThereIsNoBGPAndTheDefaultsAreBIRDsOwn() {
        #expect(ModelFixture.load(Self.script).configuration.bgp == nil)
        let bgp = ModelFixture.load("vigil_bgp {\n announce 10.0.0.1 {\n }\n}\n").configuration.bgp
        #expect(bgp?.controlSocket == "/run/bird/bird.ctl")
        #expect(bgp?.announcements.first?.prefix == IPPrefix("10.0.0.1/32"))
    }

    @Test(arguments: [
        ("announce 10.0.0.1/24 {\n}", "has host bits set"), ("announce nowhere {\n}", "is not an address prefix"),
        ("announce 10.0.0.0/24 {\n track_script {\n chk_none\n }\n}", "'chk_none'"),
    ])
    func badAnnouncementsAreReportedAtTheirLine(block: String, message: String) throws {
        let result = ModelFixture.load("vigil_bgp {\n\(block)\n}\n")
        let diagnostic = try #require(result.diagnostic(message), "\(result.renderedDiagnostics)")
        #expect(diagnostic.location?.line != nil)
    }

    @Test(arguments: [
        ("10.0.0.0/8", true), ("10.1.0.0/8", false), ("0.0.0.0/0", true), ("10.0.0.1/32", true),
        ("2001:db8::/32", true), ("2001:db8::1/64", false), ("2001:db8:0:0:8000::/65", true), ("::/0", true),
        ("2001:db8::1/128", true),
    ])
    func aRouteMustBeANetworkAddress(text: String, isNetwork: Bool) throws {
        #expect(BGPReader.isNetwork(try #require(IPPrefix(text))) == isNetwork)
    }
}
