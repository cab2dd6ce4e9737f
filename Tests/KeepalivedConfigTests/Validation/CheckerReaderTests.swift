import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct CheckerReaderTests {
    static func checkers(_ body: String, server: String = "") -> ConfigLoadResult {
        ModelFixture.load(ModelFixture.virtualServer(server, realServer: body))
    }

    /// Docs/Keepalived.md §4.1 and §7.14: retry 1 (MISC 0, DNS 3); delay_before_retry 1 s (HTTP/SSL 3 s,
    /// DNS = delay_loop); connect_timeout 5 s; warmup = delay_loop; delay_loop 60 s.
    @Test(arguments: [
        ("TCP_CHECK {\n}", 1, Duration.seconds(1)),
        ("HTTP_GET {\n url {\n path /\n }\n}", 1, .seconds(3)),
        ("SSL_GET {\n url {\n path /\n }\n}", 1, .seconds(3)),
        ("MISC_CHECK {\n misc_path /bin/true\n}", 0, .seconds(1)),
        ("SMTP_CHECK {\n}", 1, .seconds(1)),
        ("DNS_CHECK {\n}", 3, .seconds(60)),
        ("UDP_CHECK {\n}", 1, .seconds(1)),
        ("PING_CHECK {\n}", 1, .seconds(1)),
    ])
    func eachCheckerTypeHasKeepalivedsRetryDefaults(block: String, retry: Int, delayBeforeRetry: Duration) throws {
        let result = Self.checkers(block)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let schedule = try #require(result.virtualServer?.realServers.first?.checkers.first?.schedule)
        #expect(schedule.retry == retry)
        #expect(schedule.delayBeforeRetry == delayBeforeRetry)
        #expect(schedule.delayLoop == .seconds(60))
        #expect(schedule.warmup == .seconds(60))
    }

    @Test func settingsAreInheritedCheckerThenRealServerThenVirtualServer() throws {
        let result = Self.checkers(
            "retry 4\nconnect_timeout 2\nTCP_CHECK {\n delay_loop 3\n}\nTCP_CHECK {\n retry 7\n connect_port 8080\n}",
            server: "delay_loop 10\ndelay_before_retry 2\nwarmup 1\nconnect_timeout 9")
        let checkers = try #require(result.virtualServer?.realServers.first?.checkers)
        #expect(checkers.map { $0.schedule?.retry } == [4, 7])
        #expect(checkers.map { $0.schedule?.delayLoop } == [.seconds(3), .seconds(10)])
        #expect(checkers.map { $0.schedule?.delayBeforeRetry } == [.seconds(2), .seconds(2)])
        #expect(checkers.map { $0.schedule?.warmup } == [.seconds(1), .seconds(1)])
        #expect(checkers.map { $0.connection?.connectTimeout } == [.seconds(2), .seconds(2)])
        #expect(checkers.map { $0.connection?.port } == [80, 8080])
        #expect(checkers.first?.connection?.address == IPAddress("10.0.1.1"))
    }

    @Test func httpURLsAreReadWithTheirStatusCodesAndDigests() throws {
        let result = Self.checkers(
            """
            HTTP_GET {
                url {
                    path /health
                    digest 640205B7B0FC66C1EA91C463FAC6334D
                    status_code 200-299 404
                }
                url {
                    path /
                }
                http_protocol 1.0C
                nb_get_retry 2
            }
            """)
        let checker = try #require(result.virtualServer?.realServers.first?.checkers.first)
        guard case .http(let http) = checker.kind else {
            Issue.record("expected HTTP_GET")
            return
        }
        #expect(http.urls.map(\.path) == ["/health", "/"])
        #expect(http.urls[0].digest == "640205b7b0fc66c1ea91c463fac6334d")
        #expect(http.urls[0].statusCodes == [200...299, 404...404])
        #expect(http.urls[1].statusCodes == [200...299])
        #expect(http.httpProtocol == .http10Close)
        #expect(checker.schedule?.retry == 2)
        #expect(result.mentions("'nb_get_retry' is deprecated"))
    }

    @Test(arguments: [
        ("HTTP_GET {\n}", "HTTP_GET has no 'url' block"),
        ("HTTP_GET {\n url {\n digest 00\n }\n}", "'digest' must be 32 hexadecimal digits"),
        ("HTTP_GET {\n url {\n path /\n status_code 700\n }\n}", "'700' is not an HTTP status code"),
        ("MISC_CHECK {\n misc_timeout 5\n}", "MISC_CHECK has no 'misc_path'"),
        ("FILE_CHECK {\n}", "FILE_CHECK has no 'track_file'"),
        ("DNS_CHECK {\n type BOGUS\n}", "unknown DNS query type 'BOGUS'"),
        ("UDP_CHECK {\n payload abc\n}", "'payload' must be an even number of hexadecimal digits"),
        ("TCP_CHECK {\n connect_port 0\n}", "'connect_port' must be between 1 and 65535"),
        ("BFD_CHECK {\n name x\n}", "'BFD_CHECK' is not supported by vigil"),
        ("TCP_CHECK {\n nb_get_retry 2\n}", "unknown keyword 'nb_get_retry' in TCP_CHECK"),
    ])
    func checkerMistakesAreReported(block: String, message: String) {
        let result = Self.checkers(block)
        #expect(result.mentions(message), "\(result.renderedDiagnostics)")
    }

    @Test func miscCheckScriptsAreSplitAndTimeOutAtTheDelayLoop() throws {
        let result = Self.checkers(
            "MISC_CHECK {\n misc_path \"/usr/local/bin/check.sh arg1 'two words'\"\n misc_dynamic\n}")
        let checker = try #require(result.virtualServer?.realServers.first?.checkers.first)
        guard case .misc(let misc) = checker.kind else {
            Issue.record("expected MISC_CHECK")
            return
        }
        #expect(misc.script.arguments == ["/usr/local/bin/check.sh", "arg1", "two words"])
        #expect(misc.timeout == .seconds(60))
        #expect(misc.dynamic)
        #expect(checker.connection == nil)
    }

    @Test func eachDeprecatedSMTPHostBecomesOneChecker() throws {
        let result = Self.checkers(
            "SMTP_CHECK {\n helo_name mx.example\n host {\n connect_ip 10.9.9.1\n }\n"
                + " host {\n connect_ip 10.9.9.2\n connect_port 587\n }\n}")
        let checkers = try #require(result.virtualServer?.realServers.first?.checkers)
        #expect(checkers.map { $0.connection?.address } == [IPAddress("10.9.9.1"), IPAddress("10.9.9.2")])
        #expect(checkers.map { $0.connection?.port } == [80, 587])
    }

    @Test func fileChecksUseTheTrackFilesWeightUnlessTheyGiveOne() throws {
        let text =
            "track_file weights {\n file /run/w\n weight 4\n}\n"
            + ModelFixture.virtualServer("", realServer: "FILE_CHECK {\n track_file weights\n}")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let checker = try #require(result.virtualServer?.realServers.first?.checkers.first)
        #expect(checker.kind == .file(FileCheck(trackFile: "weights", weight: TrackingWeight(4))))
        #expect(checker.schedule == nil)
    }
}
