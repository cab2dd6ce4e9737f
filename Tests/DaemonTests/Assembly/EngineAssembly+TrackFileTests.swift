import Engine
import Testing
import VRRP

@testable import Daemon

@Suite struct EngineAssemblyTrackFileTests {
    static let text = """
        track_file flag {
            file /run/vigil-flag
            weight 3
        }
        track_file unused {
            file /run/vigil-unused
        }
        vrrp_sync_group G1 {
            group {
                VI_1
            }
            track_file {
                flag
            }
        }
        vrrp_instance VI_1 {
            interface eth0
            virtual_router_id 51
            priority 100
            virtual_ipaddress {
                10.99.0.100/24
            }
            track_file {
                flag weight 0
            }
        }

        """

    @Test func instancesAndSyncGroupsTrackTheirFilesAndOnlyTrackedFilesAreRead() throws {
        let assembly = EngineAssemblyTests.assemble(Self.text)
        let instance = try #require(assembly.engine.instances.first)
        // A member of a sync group keeps only unweighted trackers (keepalived's rule).
        #expect(instance.vrrp.trackers.contains(VRRPTrackerBinding(.file("flag"), weight: 0)))
        let group = try #require(assembly.engine.syncGroups.first)
        // The line has no weight: the track_file's own applies.
        #expect(group.vrrp.trackers == [VRRPTrackerBinding(.file("flag"), weight: 3)])
        #expect(assembly.trackedFiles == ["flag": "/run/vigil-flag"])
    }
}
