import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

/// `lvs_sync_daemon` read as keepalived 2.2.7 reads it (global_parser.c, vrrp.c `vrrp_complete_init`).
@Suite struct LVSSyncDaemonKeywordTests {
    static func load(_ line: String) -> ConfigLoadResult {
        ModelFixture.load(
            """
            global_defs {
                \(line)
            }
            vrrp_instance VI_1 {
                interface eth0
                virtual_router_id 51
                priority 100
                virtual_ipaddress {
                    192.0.2.100
                }
            }
            """)
    }

    @Test func everyOptionIsReadAndTheSyncIDIsWrittenOne() throws {
        let result = Self.load("lvs_sync_daemon eth1 VI_1 id 7 maxlen 1400 port 8849 ttl 2 group 239.1.2.3")
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.interface == InterfaceName("eth1"))
        #expect(daemon.instance == "VI_1")
        #expect(daemon.syncID == 7)
        #expect(daemon.maximumLength == 1400)
        #expect(daemon.port == 8849)
        #expect(daemon.ttl == 2)
        #expect(daemon.group == IPAddress("239.1.2.3"))
    }

    @Test func withoutAnIDTheSyncIDIsTheInstancesVRID() throws {
        let result = Self.load("lvs_sync_daemon eth1 inst VI_1")
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.instance == "VI_1")
        #expect(daemon.syncID == 51)
        #expect(daemon.port == nil && daemon.ttl == nil && daemon.group == nil && daemon.maximumLength == nil)
    }

    @Test func withoutAnInstanceTheSyncIDIsZero() throws {
        let result = Self.load("lvs_sync_daemon eth1")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.instance == nil)
        #expect(daemon.syncID == 0)
    }

    @Test func aBareThirdWordIsTheSyncIDWithAWarning() throws {
        let result = Self.load("lvs_sync_daemon eth1 VI_1 9")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.syncID == 9)
        #expect(result.diagnostic("write 'id 9'")?.severity == .warning)
    }

    @Test func anUnknownInstanceDropsTheSyncDaemon() {
        let result = Self.load("lvs_sync_daemon eth1 VI_9")
        #expect(result.configuration.globalDefinitions.lvs.syncDaemon == nil)
        #expect(result.diagnostic("names VRRP instance 'VI_9', which does not exist") != nil)
    }

    @Test func aUnicastGroupIsRefusedAndTheRestKept() throws {
        let result = Self.load("lvs_sync_daemon eth1 VI_1 group 192.0.2.1 port 9000")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.group == nil)
        #expect(daemon.port == 9000)
        #expect(result.diagnostic("is not a multicast address") != nil)
    }

    @Test(arguments: ["ttl 0", "port 0", "maxlen 65508", "id 256"])
    func outOfRangeValuesAreErrorsAndIgnored(option: String) throws {
        let result = Self.load("lvs_sync_daemon eth1 VI_1 \(option)")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.ttl == nil && daemon.port == nil && daemon.maximumLength == nil && daemon.syncID == 51)
        #expect(result.diagnostics.contains { $0.severity == .error }, "\(result.renderedDiagnostics)")
    }

    @Test func aSecondLineIsIgnored() throws {
        let result = Self.load("lvs_sync_daemon eth1 VI_1\n    lvs_sync_daemon eth2 VI_1")
        let daemon = try #require(result.configuration.globalDefinitions.lvs.syncDaemon)
        #expect(daemon.interface == InterfaceName("eth1"))
        #expect(result.diagnostic("was already given as eth1") != nil)
    }

    @Test func anUnknownOptionIsAnError() {
        let result = Self.load("lvs_sync_daemon eth1 VI_1 9 speed")
        #expect(result.diagnostic("unknown 'lvs_sync_daemon' option 'speed'") != nil)
    }
}
