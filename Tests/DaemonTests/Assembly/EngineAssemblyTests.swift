import Engine
import Glibc
import KeepalivedConfig
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing
import VRRP

@testable import Daemon

@Suite struct EngineAssemblyTests {
    static let path = "/etc/keepalived/keepalived.conf"

    static let host = HostSnapshot(interfaces: [
        .init(name: "eth0", index: InterfaceIndex(2), hardwareAddress: MACAddress("02:99:00:00:00:02"),
              primaryIPv4: IPv4Address(10, 99, 0, 2), linkLocalIPv6: IPv6Address("fe80::99:ff:fe00:2")),
        .init(name: "eth1", index: InterfaceIndex(3), isUp: false, primaryIPv4: IPv4Address(10, 99, 1, 2)),
    ])

    static func assemble(
        _ text: String, enforced: Bool = false, scriptUserExists: Bool = false, timeSinceBoot: Duration? = nil
    ) -> Assembly {
        let result = KeepalivedConfigLoader.load(
            path: path, options: ParseOptions(configID: "lb1"), fileSystem: InMemoryFileSystem(files: [path: text]))
        let vetting = ScriptVetting(
            security: ScriptSecurity(isEnforced: enforced, status: { path in
                path.hasPrefix("/tmp") && path.count > 4
                    ? FileStatus(ownerID: 0, groupID: 0, mode: S_IFREG | 0o755)
                    : FileStatus(ownerID: 0, groupID: 0, mode: path == "/tmp" ? S_IFDIR | 0o1777 : S_IFDIR | 0o755)
            }),
            identity: ScriptIdentityPolicy(configuredUser: nil, userExists: { _ in scriptUserExists }),
            locate: { $0.hasPrefix("/") ? $0 : "/usr/bin/\($0)" })
        return EngineAssembly.assemble(result.configuration, host: host, vetting: vetting, timeSinceBoot: timeSinceBoot)
    }

    static let basic = """
        vrrp_instance VI_1 {
            state MASTER
            interface eth0
            virtual_router_id 51
            priority 101
            authentication {
                auth_type PASS
                auth_pass secret123456
            }
            virtual_ipaddress {
                10.99.0.100/24 label eth0:vip
                10.99.0.101 dev eth1
            }
            virtual_ipaddress_excluded {
                fd99::100
            }
        }
        """

    @Test func anInstanceGetsTheInterfacesPrimaryAddressAsSourceAndAMulticastSocket() throws {
        let assembly = Self.assemble(Self.basic)
        #expect(assembly.errors.isEmpty)
        let vrrp = try #require(assembly.engine.instances.first?.vrrp)
        #expect(vrrp.sourceAddress == IPAddress("10.99.0.2"))
        #expect(vrrp.version == .v2 && vrrp.priority == 101 && vrrp.initialState == .master)
        #expect(vrrp.authentication == .password(Array("secret12".utf8)))
        #expect(vrrp.virtualAddresses == [IPPrefix("10.99.0.100/24")!, IPPrefix("10.99.0.101/32")!])
        #expect(assembly.sockets == [
            VRRPSocketSpecification(
                interface: "eth0", interfaceIndex: InterfaceIndex(2), family: .inet,
                mode: .multicast(group: IPAddress("224.0.0.18")!), source: IPAddress("10.99.0.2"), unicastHopLimit: 255),
        ])
    }

    @Test func addressesKeepTheirInstallDetailsAndDefaultToTheInstancesInterface() {
        let addresses = Self.assemble(Self.basic).engine.instances.first?.addresses ?? []
        #expect(addresses == [
            VirtualAddress(prefix: IPPrefix("10.99.0.100/24")!, interface: "eth0", label: "eth0:vip"),
            VirtualAddress(prefix: IPPrefix("10.99.0.101/32")!, interface: "eth1"),
            VirtualAddress(prefix: IPPrefix("fd99::100/128")!, interface: "eth0"),
        ])
        #expect(addresses.last?.skipsDuplicateAddressDetection == true && addresses.last?.isDeprecated == true)
    }

    @Test func everyWatchedInterfaceHasItsHostState() {
        let assembly = Self.assemble(Self.basic)
        #expect(assembly.linkStates == ["eth0": true, "eth1": false])
    }

    @Test func aUnicastInstanceBindsItsSocketToTheSourceAndKeepsTheKernelsIPv6HopLimit() throws {
        let text = """
            vrrp_instance VI_6 {
                interface eth0
                virtual_router_id 7
                unicast_src_ip fd99::2
                unicast_peer {
                    fd99::3
                }
                virtual_ipaddress {
                    fd99::100
                }
            }
            """
        let assembly = Self.assemble(text)
        let vrrp = try #require(assembly.engine.instances.first?.vrrp)
        #expect(vrrp.version == .v3 && vrrp.family == .inet6 && vrrp.isUnicast)
        #expect(assembly.sockets.first?.mode == .unicast)
        #expect(assembly.sockets.first?.source == IPAddress("fd99::2"))
        #expect(assembly.sockets.first?.unicastHopLimit == nil)
    }

    @Test func aMissingInterfaceIsAnError() {
        let assembly = Self.assemble(Self.basic.replacingOccurrences(of: "interface eth0", with: "interface eth9"))
        #expect(assembly.errors == ["(VI_1) interface eth9 does not exist"])
        #expect(assembly.engine.instances.isEmpty)
    }

    @Test func trackSrcIPBindsTheConfiguredSourceAndNothingWithoutOne() throws {
        let tracked = Self.basic.replacingOccurrences(
            of: "priority 101", with: "priority 101\n    mcast_src_ip 10.99.0.2\n    track_src_ip")
        let vrrp = try #require(Self.assemble(tracked).engine.instances.first?.vrrp)
        #expect(vrrp.trackers.map(\.tracker).contains(.sourceAddress("10.99.0.2")))
        let untracked = Self.basic.replacingOccurrences(of: "priority 101", with: "priority 101\n    track_src_ip")
        let plain = try #require(Self.assemble(untracked).engine.instances.first?.vrrp)
        #expect(!plain.trackers.contains { $0.tracker.kind == .sourceAddress })
    }

    @Test func withDynamicInterfacesAMissingInterfaceWaitsDownWithNoSocket() throws {
        let text = "global_defs {\n    dynamic_interfaces\n}\n"
            + Self.basic.replacingOccurrences(of: "interface eth0", with: "interface eth9")
        let assembly = Self.assemble(text)
        #expect(assembly.errors.isEmpty)
        let vrrp = try #require(assembly.engine.instances.first?.vrrp)
        #expect(vrrp.interface == "eth9" && vrrp.sourceAddress == nil)
        #expect(assembly.sockets.isEmpty)
        #expect(assembly.linkStates["eth9"] == false)
        #expect(assembly.log.contains { $0.message.contains("eth9 does not exist yet") })
    }

    static let scripted = """
        global_defs {
            enable_script_security
        }
        vrrp_script chk_ok {
            script "/usr/local/bin/check"
            interval 2
            fall 2
            rise 3
            weight -20
        }
        vrrp_script chk_tmp {
            script "/tmp/check.sh"
        }
        vrrp_instance VI_1 {
            interface eth0
            virtual_router_id 51
            virtual_ipaddress {
                10.99.0.100
            }
            track_script {
                chk_ok
                chk_tmp
            }
            track_interface {
                eth1 weight 10
            }
            notify "/usr/local/bin/notify.sh"
        }
        """

    @Test func trackedScriptsBecomeCheckScriptsAndTrackerBindings() throws {
        let assembly = Self.assemble(Self.scripted, enforced: false)
        let check = try #require(assembly.engine.checkScripts.first { $0.name == "chk_ok" })
        #expect(check.interval == .seconds(2) && check.rise == 3 && check.fall == 2)
        #expect(check.command.arguments == ["/usr/local/bin/check"])
        let trackers = assembly.engine.instances.first?.vrrp.trackers ?? []
        #expect(trackers.contains(VRRPTrackerBinding(.script("chk_ok"), weight: -20)))
        #expect(trackers.contains(VRRPTrackerBinding(.interface("eth1"), weight: 10)))
        #expect(assembly.engine.instances.first?.notify.generic?.arguments == ["/usr/local/bin/notify.sh"])
    }

    @Test func scriptSecurityRefusesARootScriptUnderTmpAndDropsItsTracker() {
        let assembly = Self.assemble(Self.scripted, enforced: true)
        #expect(!assembly.engine.checkScripts.contains { $0.name == "chk_tmp" })
        #expect(!(assembly.engine.instances.first?.vrrp.trackers ?? []).contains { $0.tracker == .script("chk_tmp") })
        #expect(assembly.log.contains { $0.level == .error && $0.message.contains("/tmp is writable by a non-root user") })
    }

    @Test func withoutScriptSecurityTheSameScriptRunsWithAWarning() {
        let assembly = Self.assemble(Self.scripted, enforced: false)
        #expect(assembly.engine.checkScripts.contains { $0.name == "chk_tmp" })
        #expect(assembly.log.contains { $0.level == .warning && $0.message.hasPrefix("SECURITY VIOLATION") })
    }

    @Test func scriptsRunAsKeepalivedScriptWhenThatUserExists() {
        let assembly = Self.assemble(Self.scripted, scriptUserExists: true)
        #expect(assembly.engine.checkScripts.allSatisfy { $0.command.user == ScriptUser(name: "keepalived_script") })
        #expect(!assembly.log.contains { $0.message.hasPrefix("SECURITY VIOLATION") })
    }

    @Test(arguments: [
        (VirtualIPAddress.Broadcast.allHostBitsSet, "10.99.0.255"),
        (.allHostBitsClear, "10.99.0.0"),
        (.address(IPv4Address(10, 99, 0, 127)), "10.99.0.127"),
    ])
    func broadcastShorthandsAreComputedFromThePrefix(broadcast: VirtualIPAddress.Broadcast, expected: String) {
        #expect(EngineAssembly.broadcast(broadcast, prefix: IPPrefix("10.99.0.100/24")!) == IPv4Address(expected))
    }

    @Test(arguments: [("global", UInt8(0)), ("site", 200), ("link", 253), ("host", 254), ("nowhere", 255), ("17", 17)])
    func scopeNamesMapToRtnetlinkNumbers(name: String, number: UInt8) {
        #expect(EngineAssembly.scope(name) == number)
    }
}
