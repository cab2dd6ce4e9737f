import KeepalivedConfig
import NetworkPrimitives
import Testing
import VRRP

@testable import Daemon

/// `EngineAssembly.gratuitousARP`: keepalived's `garp_*` settings become the state machine's.
@Suite struct EngineAssemblyGratuitousARPTests {
    @Test(
        "each garp setting lands in the VRRP setting of the same meaning",
        arguments: [
            (GratuitousARPSettings(), GratuitousARPSettings()),
            (GratuitousARPSettings(masterDelay: .seconds(7)), GratuitousARPSettings(masterDelay: .seconds(7))),
            (GratuitousARPSettings(masterRepeat: 3), GratuitousARPSettings(masterRepeat: 3)),
            (GratuitousARPSettings(masterRefresh: .seconds(60)), GratuitousARPSettings(masterRefresh: .seconds(60))),
            (GratuitousARPSettings(masterRefreshRepeat: 2), GratuitousARPSettings(masterRefreshRepeat: 2)),
            (
                GratuitousARPSettings(lowerPriorityDelay: .seconds(9)),
                GratuitousARPSettings(lowerPriorityDelay: .seconds(9))
            ),
            (GratuitousARPSettings(lowerPriorityRepeat: 4), GratuitousARPSettings(lowerPriorityRepeat: 4)),
        ])
    func eachFieldMaps(settings: GratuitousARPSettings, expected: GratuitousARPSettings) {
        #expect(EngineAssembly.gratuitousARP(settings, minimal: false) == expected)
    }

    @Test func vrrpMinGARPSendsOneMessageWithNoSecondBatchAndNoRefreshButKeepsTheRest() {
        let settings = GratuitousARPSettings(
            masterDelay: .seconds(7), masterRepeat: 3, masterRefresh: .seconds(60), masterRefreshRepeat: 2,
            lowerPriorityDelay: .seconds(9), lowerPriorityRepeat: 4)
        let expected = GratuitousARPSettings(
            masterDelay: .zero, masterRepeat: 1, masterRefresh: .zero, masterRefreshRepeat: 2,
            lowerPriorityDelay: .seconds(9), lowerPriorityRepeat: 4)
        #expect(EngineAssembly.gratuitousARP(settings, minimal: true) == expected)
    }

    @Test func anInstancesGARPKeywordsReachItsStateMachine() throws {
        let text = """
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                priority 100
                garp_master_delay 7
                garp_master_repeat 3
                garp_master_refresh 60
                garp_master_refresh_repeat 2
                garp_lower_prio_delay 9
                garp_lower_prio_repeat 4
                virtual_ipaddress {
                    10.99.0.100/24
                }
            }
            """
        let assembly = EngineAssemblyTests.assemble(text)
        #expect(assembly.errors.isEmpty)
        let vrrp = try #require(assembly.engine.instances.first?.vrrp)
        #expect(
            vrrp.gratuitousARP
                == GratuitousARPSettings(
                    masterDelay: .seconds(7), masterRepeat: 3, masterRefresh: .seconds(60), masterRefreshRepeat: 2,
                    lowerPriorityDelay: .seconds(9), lowerPriorityRepeat: 4))
    }
}
