import Engine
import Netlink
import NetworkPrimitives
import Testing

@testable import LinuxPlatform

/// `lvs_sync_daemon`'s settings become the daemon nest keepalived and ipvsadm send.
@Suite struct IPVSSyncDaemonControlTests {
    @Test func everySettingReachesTheDaemonNestAndTheRoleIsItsState() {
        let settings = SyncDaemonSettings(
            interface: "int", syncID: 7, maximumLength: 1400, port: 8849, ttl: 2, group: IPAddress("239.1.2.3"))
        let master = IPVSSyncDaemonControl.daemon(.master, settings)
        #expect(
            master
                == IPVSSyncDaemon(
                    state: .master, interface: "int", syncID: 7, maximumLength: 1400, group: IPAddress("239.1.2.3"),
                    port: 8849, ttl: 2))
        #expect(IPVSSyncDaemonControl.daemon(.backup, settings).state == .backup)
    }

    @Test func unsetValuesAreLeftToTheKernel() {
        let daemon = IPVSSyncDaemonControl.daemon(.backup, SyncDaemonSettings(interface: "eth1", syncID: 0))
        #expect(daemon.maximumLength == nil && daemon.port == nil && daemon.ttl == nil && daemon.group == nil)
        #expect(daemon.syncID == 0 && daemon.interface == "eth1")
    }
}
