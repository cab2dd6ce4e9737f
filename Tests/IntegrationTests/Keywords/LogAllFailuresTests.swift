import Foundation
import Testing
import VigilLab

/// `log_all_failures` (in a checker) and `checker_log_all_failures` (for every checker) through the
/// daemon: once the real server stops answering, every failed check of the checker that is still UP is
/// logged, the ones `retry` forgives too, before the line that takes it DOWN, as keepalived 2.2.7 logs
/// them; without either keyword only that last line is.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct LogAllFailuresTests {
    static let web1 = NamespaceLab.ipv4(11)

    enum Switch: String, CaseIterable, Sendable {
        case checker, global, neither
    }

    static func config(_ switched: Switch) -> String {
        let globals =
            ["global_defs {", "    router_id lb1"]
            + (switched == .global ? ["    checker_log_all_failures"] : []) + ["}"]
        let service =
            [
                "virtual_server 10.99.0.100 80 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT",
                "    protocol TCP",
                "    real_server \(web1) 80 {", "        TCP_CHECK {", "            connect_timeout 1",
                "            retry 2",
                "            delay_before_retry 1",
            ] + (switched == .checker ? ["            log_all_failures"] : []) + ["        }", "    }", "}"]
        return (globals + service).joined(separator: "\n") + "\n"
    }

    @Test(arguments: Switch.allCases)
    func everyFailedCheckOfAnUpCheckerIsLoggedBeforeItGoesDown(switched: Switch) async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vgla"))
        defer { lab.destroy() }
        let web = try lab.serveName(on: "web1")
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(switched))
        let service = "[\(Self.web1)]:tcp:80"
        try #require(
            await Eventually.holds(within: .seconds(5)) { lb1.log.contains("TCP connection to \(service) success.") },
            "\(lb1.log)")
        web.stop()
        let down = "TCP_CHECK on service \(service) failed after 2 retries."
        try #require(await Eventually.holds(within: .seconds(10)) { lb1.log.contains(down) }, "\(lb1.log)")
        let beforeDown = lb1.log.components(separatedBy: down)[0]
        let attempts = beforeDown.components(separatedBy: "TCP connection to \(service) failed (").count - 1
        #expect(attempts == (switched == .neither ? 0 : 3), "\(lb1.log)")
    }
}
