import Daemon
import Foundation
import Testing

@Suite struct StatusDocumentTests {
    @Test func jsonRoundTripsEveryField() throws {
        let json = try StatusFixture.document.jsonData()
        #expect(try StatusDocument(json: json) == StatusFixture.document)
    }

    @Test func jsonUsesTheDocumentedNamesAndStateWords() throws {
        let json = try #require(String(data: try StatusFixture.document.jsonData(), encoding: .utf8))
        for fragment in [
            "\"formatVersion\" : 1", "\"routerID\" : \"LB_TEST\"", "\"state\" : \"MASTER\"",
            "\"effectivePriority\" : 80", "\"virtualRouterID\" : 51", "\"ip_ttl_err\" : 3",
            "\"reason\" : \"Receive advertisement timeout\"", "\"virtualServers\" : [", "\"quorumUp\" : true",
            "\"lastReason\" : \"HTTP status code 500\"",
        ] {
            #expect(json.contains(fragment), "missing \(fragment)")
        }
    }

    @Test func theVirtualServersComeFromTheCheckersSnapshot() async throws {
        let harness = CheckerServiceHarness(
            CheckerConfigText.virtualServer(
                "delay_loop 1\nsorry_server 10.0.9.9 8080",
                realServer: "weight 3\nTCP_CHECK {\nconnect_timeout 1\nretry 0\nwarmup 0\n}"))
        harness.prober.set(StatusTestAddress.backend, .failure(reason: "connection refused"))
        _ = await harness.advance(upTo: .seconds(5)) {
            harness.service.snapshot().virtualServers.first?.realServers.first?.isAlive == false
        }
        let servers = StatusDocument.virtualServers(from: harness.service.snapshot())
        await harness.stop()
        let server = try #require(servers.first)
        #expect(server.name == "[10.0.0.100]:tcp:80")
        #expect(server.scheduler == "rr" && server.forwarding == "NAT")
        #expect(!server.quorumUp && server.sorryServerActive && server.liveWeight == 0)
        #expect(server.sorryServer == "[10.0.9.9]:tcp:8080")
        let real = try #require(server.realServers.first)
        #expect(real.name == "[10.0.1.1]:tcp:8080" && real.address == "10.0.1.1" && real.port == 8080)
        #expect(!real.alive && !real.inPool && real.configuredWeight == 3)
        let checker = try #require(real.checkers.first)
        #expect(checker.kind == "TCP_CHECK" && !checker.up)
        #expect(checker.lastResult == "failure" && checker.lastReason == "connection refused")
        #expect((checker.lastCheckSecondsAgo ?? -1) >= 0 && (checker.nextCheckInSeconds ?? -1) >= 0)
    }
}
