import Engine
import Testing

@testable import Daemon

/// `vrrp_delay_after_boot`: VRRP waits until the host has been up that long, or for
/// `vrrp_startup_delay` when that is longer; started long after boot, no extra delay.
@Suite struct EngineAssemblyDelayAfterBootTests {
    static func text(startupDelay: Int?) -> String {
        let startup = startupDelay.map { "    vrrp_startup_delay \($0)\n" } ?? ""
        return """
            global_defs {
                vrrp_delay_after_boot 60
            \(startup)}
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                priority 100
                virtual_ipaddress {
                    10.99.0.100/24
                }
            }
            """
    }

    @Test(arguments: [
        (Duration.seconds(20), nil as Int?, Duration.seconds(40)),
        (.seconds(20), 50, .seconds(50)),
        (.seconds(59), 0, .seconds(1)),
        (.seconds(600), nil, .zero),
        (.seconds(600), 5, .seconds(5)),
    ])
    func theStartWaitsForTheLongerOfBothDelays(uptime: Duration, startupDelay: Int?, expected: Duration) {
        let assembly = EngineAssemblyTests.assemble(Self.text(startupDelay: startupDelay), timeSinceBoot: uptime)
        #expect(assembly.errors.isEmpty, "\(assembly.errors)")
        #expect(assembly.engine.startupDelay == expected)
    }

    @Test func anUnknownUptimeLeavesOnlyTheStartupDelay() {
        let assembly = EngineAssemblyTests.assemble(Self.text(startupDelay: 7), timeSinceBoot: nil)
        #expect(assembly.engine.startupDelay == .seconds(7))
    }
}
