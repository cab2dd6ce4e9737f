import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct VirtualServerCompletionTests {
    @Test func aBareVirtualServerGetsKeepalivedsDefaultsEachWithAWarningThatFailsConfigTest() throws {
        let result = ModelFixture.load("virtual_server 10.0.0.100 80 {\n real_server 10.0.1.1 80 {\n }\n}\n")
        let server = try #require(result.virtualServer)
        #expect(server.serviceProtocol == .udp)
        #expect(server.scheduler == .weightedLeastConnection)
        #expect(server.forwardingMethod == .nat)
        #expect(server.delayLoop == .seconds(60))
        #expect(
            result.diagnostics.filter { $0.severity == .warning && $0.exitClass == .error }.map(\.message) == [
                "virtual_server 10.0.0.100:80 has no 'protocol'; keepalived uses UDP",
                "virtual_server 10.0.0.100:80 has no 'lb_algo'; keepalived uses wlc",
                "virtual_server 10.0.0.100:80 has no 'lb_kind'; keepalived uses NAT",
            ])
        #expect(result.errors.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.location?.line == 1 })
    }

    @Test func aVirtualServerWithoutRealServersIsDropped() {
        let result = ModelFixture.load("virtual_server 10.0.0.100 80 {\n protocol TCP\n}\n")
        #expect(result.configuration.virtualServers.isEmpty)
        #expect(result.mentions("has no real servers; it is ignored"))
    }

    @Test func lbAlgoAndLbKindAreAliasesOfLvsSchedAndLvsMethod() throws {
        let text =
            "virtual_server 10.0.0.100 80 {\n lvs_sched sh\n lvs_method DR\n protocol tcp\n"
            + " real_server 10.0.1.1 80 {\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        #expect(result.virtualServer?.scheduler == .sourceHashing)
        #expect(result.virtualServer?.forwardingMethod == .directRouting)
        #expect(result.virtualServer?.serviceProtocol == .tcp)
    }

    @Test(arguments: [
        ("lb_algo foo", "unknown scheduler 'foo'"), ("lb_kind nat", "unknown forwarding method 'nat'"),
        ("protocol ICMP", "unknown protocol 'ICMP'"),
        ("persistence_timeout 0", "'persistence_timeout' must be between"),
        ("quorum 0", "'quorum' must be between"), ("lb_kind TUN type gue", "GUE tunnels need a port"),
    ])
    func invalidValuesAreErrors(line: String, message: String) {
        let result = ModelFixture.load(ModelFixture.virtualServer(line))
        #expect(result.diagnostic(message)?.severity == .error, "\(result.renderedDiagnostics)")
    }

    @Test func bareKeywordsAndTunnelOptionsAreRead() throws {
        let text = ModelFixture.virtualServer(
            "persistence_timeout\nlb_kind TUN type gue port 6080 csum\nops\nha_suspend",
            address: "10.0.0.100 80"
        )
        .replacingOccurrences(of: "lb_kind NAT", with: "").replacingOccurrences(of: "TCP", with: "UDP")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let server = try #require(result.virtualServer)
        #expect(server.persistence?.timeout == .seconds(360))
        #expect(server.forwardingMethod == .tunnel(.init(type: .gue, port: 6080, checksum: .checksum)))
        #expect(server.flags == [.onePacket])
        #expect(server.haSuspend)
    }

    @Test func realServersInheritTheVirtualServersSettings() throws {
        let text = ModelFixture.virtualServer("weight 3\ninhibit_on_failure\nalpha", realServer: "")
        let real = try #require(ModelFixture.load(text).virtualServer?.realServers.first)
        #expect(real.weight == 3)
        #expect(real.inhibitOnFailure)
        #expect(real.alpha)
        #expect(real.smtpAlert)
        #expect(real.forwardingMethod == .nat)
    }

    @Test func aDirectRoutingRealServerIsForcedToTheServicePort() throws {
        let text =
            "virtual_server 10.0.0.100 80 {\n lb_algo rr\n lb_kind DR\n protocol TCP\n"
            + " real_server 10.0.1.1 8080 {\n }\n real_server 10.0.1.2 {\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.virtualServer?.realServers.map(\.port) == [80, 80])
        #expect(result.diagnostic("real server port 8080 differs")?.location?.line == 5)
    }

    @Test func aFirewallMarkServiceIgnoresItsProtocolWithAWarning() throws {
        let text =
            "virtual_server fwmark 1 {\n lb_algo rr\n lb_kind DR\n protocol TCP\n real_server 10.0.1.1 80 {\n }\n}\n"
        let result = ModelFixture.load(text)
        let server = try #require(result.virtualServer)
        #expect(server.serviceProtocol == nil)
        #expect(server.realServers.first?.port == 0)
        #expect(result.diagnostic("'protocol' is ignored for a fwmark")?.exitClass == .error)
    }

    @Test func portZeroMakesTheServicePersistent() {
        let result = ModelFixture.load(ModelFixture.virtualServer("", address: "10.0.0.100"))
        #expect(result.virtualServer?.persistence?.timeout == .seconds(360))
        #expect(result.mentions("port 0 is only valid for a persistent service"))
    }

    @Test func quorumIsLimitedToTheTotalWeightAndHysteresisBelowIt() throws {
        let result = ModelFixture.load(ModelFixture.virtualServer("quorum 5\nhysteresis 9"))
        let server = try #require(result.virtualServer)
        #expect(server.quorum == 1)
        #expect(server.hysteresis == 0)
        #expect(result.mentions("quorum 5 exceeds the total weight 1"))
    }

    @Test func aGroupVirtualServerNeedsAnExistingGroup() throws {
        let text =
            "virtual_server_group G {\n 10.0.0.1-3 80\n 10.1.0.0/30 443\n fwmark 7 inet\n}\n"
            + "virtual_server group G {\n lb_algo rr\n lb_kind NAT\n protocol TCP\n real_server 10.0.1.1 80 {\n }\n}\n"
            + "virtual_server group H {\n lb_algo rr\n lb_kind NAT\n protocol TCP\n real_server 10.0.1.1 80 {\n }\n}\n"
        let result = ModelFixture.load(text)
        #expect(result.configuration.virtualServers.count == 1)
        #expect(result.diagnostic("virtual_server_group 'H' is not defined")?.location?.line == 13)
        let entries = try #require(result.configuration.virtualServerGroups.first?.entries)
        #expect(entries.count == 3)
        if case .addressRange(let first, let last, let port, _) = entries[1] {
            #expect(first == IPAddress("10.1.0.0") && last == IPAddress("10.1.0.3") && port == 443)
        } else {
            Issue.record("expected an address range")
        }
    }

    @Test func aRealServerOfAnotherFamilyIsSkipped() {
        let text =
            ModelFixture.virtualServer("").replacingOccurrences(
                of: "real_server 10.0.1.1 80", with: "real_server 2001:db8::1 80")
            + "\n"
        let result = ModelFixture.load(text)
        #expect(result.mentions("not of the virtual server's address family"))
        #expect(result.configuration.virtualServers.isEmpty)
    }
}
