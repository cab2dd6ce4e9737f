import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct VRRPInstanceCompletionTests {
    @Test func aMinimalInstanceLoadsWithKeepalivedsDefaults() throws {
        let result = ModelFixture.load(ModelFixture.instance(""))
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let instance = try #require(result.instance)
        #expect(instance.priority == 100)
        #expect(instance.initialState == .backup)
        #expect(instance.advertInterval == .seconds(1))
        #expect(instance.version == .v2)
        #expect(instance.family == .inet)
        #expect(instance.preempt)
        #expect(instance.accept)
        #expect(instance.transport.multicastGroup == IPAddress("224.0.0.18"))
        #expect(instance.transport.unicastTTL == 255)
        #expect(instance.garp == .keepalivedDefault)
        #expect(instance.addresses.virtualIPAddresses.map(\.prefix) == [IPPrefix("10.0.0.1/32")])
    }

    /// Docs/Keepalived.md §7.4: `state MASTER` without a priority means 255; a priority of 255 without a state
    /// means MASTER; otherwise 100 and BACKUP.
    @Test(arguments: [
        ("state MASTER", 255, ConfiguredState.master),
        ("state BACKUP", 100, .backup),
        ("state MASTER\npriority 101", 101, .master),
        ("priority 255", 255, .master),
        ("priority 254", 254, .backup),
        ("", 100, .backup),
    ])
    func priorityAndStateDefaultFromEachOther(lines: String, priority: Int, state: ConfiguredState) throws {
        let instance = try #require(ModelFixture.load(ModelFixture.instance(lines)).instance)
        #expect(Int(instance.priority) == priority)
        #expect(instance.initialState == state)
    }

    /// Docs/Keepalived.md §3.11: v2 rounds to whole seconds, v3 to 10 ms, each with an error.
    @Test(arguments: [
        ("advert_int 1", Duration.seconds(1), false),
        ("advert_int 0.5", .seconds(1), true),
        ("advert_int 1.4", .seconds(1), true),
        ("advert_int 2.5", .seconds(3), true),
        ("version 3\nadvert_int 0.5", .milliseconds(500), false),
        ("version 3\nadvert_int 0.123", .milliseconds(120), true),
        ("version 3\nadvert_int 0.125", .milliseconds(130), true),
        ("version 3\nadvert_int 100", .milliseconds(40950), true),
        ("version 3\nadvert_int 0.01", .milliseconds(10), false),
    ])
    func advertIntervalIsRoundedPerVersion(lines: String, expected: Duration, reported: Bool) throws {
        let result = ModelFixture.load(ModelFixture.instance(lines))
        #expect(result.instance?.advertInterval == expected)
        #expect(result.mentions("'advert_int'") == reported, "\(result.renderedDiagnostics)")
    }

    @Test func anIPv6InstanceIsVersion3AndItsIntervalMayBeSubSecond() throws {
        let text = """
            vrrp_instance V6 {
                interface eth0
                virtual_router_id 9
                advert_int 0.5
                virtual_ipaddress {
                    fe80::1
                    2001:db8::1/64
                }
            }
            """
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let instance = try #require(result.instance)
        #expect(instance.version == .v3)
        #expect(instance.family == .inet6)
        #expect(instance.advertInterval == .milliseconds(500))
        #expect(instance.transport.multicastGroup == IPAddress("ff02::12"))
        #expect(instance.addresses.virtualIPAddresses.map(\.prefix.length) == [128, 64])
    }

    @Test func aMissingVirtualRouterIDIsFatalAndDropsTheInstance() {
        let result = ModelFixture.load(
            "vrrp_instance VI_1 {\n interface eth0\n virtual_ipaddress {\n 10.0.0.1\n }\n}\n")
        let diagnostic = result.diagnostic("no 'virtual_router_id'")
        #expect(diagnostic?.exitClass == .fatal)
        #expect(diagnostic?.location?.line == 1)
        #expect(result.configuration.vrrpInstances.isEmpty)
        #expect(result.exitStatus == 4)
    }

    @Test func aMissingInterfaceIsFatalUnlessTheInstanceUnicastsFromASourceAddress() {
        let multicast = ModelFixture.load(ModelFixture.instance("", interface: nil))
        #expect(multicast.diagnostic("no 'interface'")?.exitClass == .fatal)
        let unicast = ModelFixture.load(
            ModelFixture.instance(
                """
                unicast_src_ip 10.0.0.2
                unicast_peer {
                    10.0.0.3
                }
                """, interface: nil))
        #expect(unicast.diagnostics.isEmpty, "\(unicast.renderedDiagnostics)")
        #expect(unicast.instance?.transport.isUnicast == true)
        #expect(unicast.instance?.transport.multicastGroup == nil)
    }

    @Test func aVersion3InstanceWithoutAddressesIsFatalButVersion2OnlyWarns() {
        let v3 = ModelFixture.load("vrrp_instance A {\n interface eth0\n virtual_router_id 1\n version 3\n}\n")
        #expect(v3.diagnostic("no virtual_ipaddress")?.exitClass == .fatal)
        let v2 = ModelFixture.load("vrrp_instance A {\n interface eth0\n virtual_router_id 1\n}\n")
        #expect(v2.diagnostic("no virtual_ipaddress")?.severity == .warning)
        #expect(v2.configuration.vrrpInstances.count == 1)
        let allowed = ModelFixture.load(
            "vrrp_instance A {\n interface eth0\n virtual_router_id 1\n version 3\n no_virtual_ipaddress\n}\n")
        #expect(allowed.diagnostics.isEmpty, "\(allowed.renderedDiagnostics)")
    }

    @Test func nopreemptIsClearedForAStateMasterInstanceWithAnError() throws {
        let result = ModelFixture.load(ModelFixture.instance("state MASTER\npriority 150\nnopreempt"))
        #expect(result.diagnostic("'nopreempt' does not work with 'state MASTER'")?.location?.line == 9)
        #expect(try #require(result.instance).preempt)
        let backup = ModelFixture.load(ModelFixture.instance("state BACKUP\nnopreempt"))
        #expect(backup.diagnostics.isEmpty)
        #expect(backup.instance?.preempt == false)
    }

    @Test func preemptDelayNeedsPreemptionAndNoStrictMode() {
        let delayed = ModelFixture.load(ModelFixture.instance("preempt_delay 30"))
        #expect(delayed.instance?.preemptDelay == .seconds(30))
        let withNopreempt = ModelFixture.load(ModelFixture.instance("preempt_delay 30\nnopreempt"))
        #expect(withNopreempt.instance?.preemptDelay == .zero)
        #expect(withNopreempt.mentions("'preempt_delay' cannot be used with 'nopreempt'"))
    }

    @Test func strictModeForcesStateToFollowPriorityAndDropsAuthentication() throws {
        let text = ModelFixture.instance(
            """
            state MASTER
            priority 100
            strict_mode
            authentication {
                auth_type PASS
                auth_pass secret
            }
            """)
        let result = ModelFixture.load(text)
        let instance = try #require(result.instance)
        #expect(instance.initialState == .backup)
        #expect(instance.authentication == nil)
        #expect(instance.accept == false)
        #expect(instance.advertisement.lowerPriorityNoAdvert)
        #expect(instance.garp.lowerPriorityRepeat == 0)
        #expect(result.mentions("strict mode does not allow authentication"))
        #expect(result.exitStatus == 5)
    }

    @Test func authenticationIsTruncatedToEightBytesWithAWarning() throws {
        let result = ModelFixture.load(
            ModelFixture.instance("authentication {\n auth_type PASS\n auth_pass password123\n}"))
        let instance = try #require(result.instance)
        #expect(instance.authentication?.passwordText == "password")
        #expect(instance.authentication?.password.count == 8)
        #expect(result.diagnostic("longer than 8 bytes")?.exitClass == .error)
    }

    @Test func version3IgnoresAuthentication() {
        let result = ModelFixture.load(
            ModelFixture.instance("version 3\nauthentication {\n auth_type PASS\n auth_pass x\n}"))
        #expect(result.instance?.authentication == nil)
        #expect(result.mentions("VRRP version 3 has no authentication"))
    }

    @Test func anIPv6AddressInAnIPv4InstanceIsReportedAndIgnored() {
        let text =
            "vrrp_instance A {\n interface eth0\n virtual_router_id 1\n virtual_ipaddress {\n 10.0.0.1\n 2001:db8::1\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.diagnostic("'2001:db8::1' is IPv6")?.location?.line == 6)
        #expect(result.instance?.addresses.virtualIPAddresses.count == 1)
    }

    @Test func globalDefaultsInForceWhenTheInstanceIsReadAreCopied() throws {
        let text = """
            global_defs {
                vrrp_garp_master_delay 7
            }
            \(ModelFixture.instance("", name: "EARLY"))
            global_defs {
                vrrp_garp_master_delay 9
                vrrp_strict
                vrrp_version 3
            }
            """
        let result = ModelFixture.load(text)
        let instance = try #require(result.instance)
        // garp_* is copied when the instance is read; strict mode and version are taken at the end.
        #expect(instance.garp.masterDelay == .seconds(7))
        #expect(instance.strictMode)
        #expect(instance.version == .v3)
        #expect(instance.garp.lowerPriorityDelay == .zero)
    }
}
