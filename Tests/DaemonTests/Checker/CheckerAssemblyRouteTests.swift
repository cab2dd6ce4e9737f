import Daemon
import Engine
import KeepalivedConfig
import NetworkPrimitives
import Testing

@testable import Daemon

private typealias T = CheckerConfigText

/// `vigil_bgp` assembled for the checker engine: each announcement tracks the virtual servers inside
/// its prefix and its scripts.
@Suite struct CheckerAssemblyRouteTests {
    static let text =
        """
        vrrp_script chk_up {
            script "/bin/true"
            interval 3
            rise 2
        }
        vrrp_script chk_other {
            script "/bin/true"
        }
        vigil_bgp {
            announce 10.0.0.0/24 {
                track_script {
                    chk_up
                }
            }
            announce 192.0.2.1/32 {
            }
        }

        """ + T.virtualServer() + T.virtualServer(address: "10.0.0.101 443") + T.virtualServer(address: "10.9.0.1 80")

    @Test func anAnnouncementTracksTheVirtualServersInsideItsPrefixAndItsScripts() throws {
        let result = T.assemble(Self.text)
        let routes = result.configuration.routes
        #expect(routes.map(\.prefix) == [IPPrefix("10.0.0.0/24"), IPPrefix("192.0.2.1/32")].compactMap { $0 })
        #expect(routes.first?.virtualServers.map(\.description).count == 2)
        #expect(routes.first?.scripts == ["chk_up"])
        #expect(result.configuration.routeScripts.map(\.name) == ["chk_up"])
        #expect(result.configuration.routeScripts.first?.interval == .seconds(3))
        #expect(result.configuration.routeScripts.first?.rise == 2)
        #expect(result.warnings.contains("vigil_bgp: announce 192.0.2.1/32 tracks no virtual server and no script"))
    }

    @Test func vigilBGPGoesWithTheCheckersAndKeepsItsScriptsThere() {
        let configuration = T.load(Self.text).configuration
        #expect(configuration.restricted(to: .vrrpOnly).bgp == nil)
        let checkers = configuration.restricted(to: .checkerOnly)
        #expect(checkers.bgp == configuration.bgp)
        #expect(checkers.vrrpScripts.map(\.name) == ["chk_up"])
        #expect(configuration.restricted(to: .all).vrrpScripts.count == configuration.vrrpScripts.count)
    }

    @Test func withoutVigilBGPThereAreNoRoutes() {
        let result = T.assemble(T.virtualServer())
        #expect(result.configuration.routes.isEmpty && result.configuration.routeScripts.isEmpty)
    }
}
