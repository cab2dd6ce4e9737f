import Foundation
import LinuxPlatform
import Testing
import VigilLab

/// `auth_type AH` is refused rather than run: Vigil rejects every AH advertisement, so running it
/// would make both nodes MASTER. `vigil check` reports it as an error and the daemon exits nonzero at
/// start, saying why, without taking the VIP.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct AHAuthenticationRefusalTests {
    static let config = """
        vrrp_instance VI_1 {
            state BACKUP
            interface eth0
            virtual_router_id 51
            priority 100
            advert_int 1
            authentication {
                auth_type AH
                auth_pass secret12
            }
            virtual_ipaddress {
                10.99.0.100/24
            }
        }

        """

    static let message = "auth_type AH is not supported: vigil would reject every AH advertisement"

    @Test func vigilCheckReportsItAsAnErrorAndTheDaemonRefusesToStart() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let path = try lab.write("ah.conf", Self.config)
        let check = lab.attempt("lb1", [IntegrationGate.vigilBinary, "check", "-f", path])
        #expect(check.status == 4, "vigil check exited \(check.status): \(check.output)")

        let daemon = try lab.startVigil(on: "lb1", config: Self.config)
        #expect(await daemon.waitForExit(within: .seconds(10)))
        #expect(daemon.reap() == .exited(1))
        #expect(daemon.log.contains(Self.message), "\(daemon.log)")
        #expect(!lab.holds("lb1", "10.99.0.100"))
    }
}
