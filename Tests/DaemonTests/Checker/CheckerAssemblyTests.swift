import Daemon
import Engine
import HealthCheck
import KeepalivedConfig
import LoadBalancer
import NetworkPrimitives
import Testing

private typealias T = CheckerConfigText

private func firstKey(_ text: String) -> CheckerKey? {
    T.assemble(text).configuration.virtualServers.first?.realServers.first?.checkers.first
}

private func assembledDefinition(_ text: String) -> VirtualServerDefinition? {
    T.assemble(text).configuration.virtualServers.first?.definition
}

private func ip(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

/// One row: VS lines, checker block, then the expected delay_loop, retry, delay_before_retry, warmup
/// (seconds), alpha and probe timeout.
private typealias ScheduleRow = (String, String, Int, Int, Int, Int, Bool, Int)

@Suite struct CheckerAssemblyTests {
    @Test(
        arguments: [
            ("delay_loop 10", "TCP_CHECK {\n}", 10, 1, 1, 10, false, 5),
            ("delay_loop 10", "HTTP_GET {\nurl {\npath /\n}\n}", 10, 1, 3, 10, false, 5),
            ("delay_loop 10", "SSL_GET {\nurl {\npath /\n}\n}", 10, 1, 3, 10, false, 5),
            ("delay_loop 10", "MISC_CHECK {\nmisc_path \"/bin/true\"\n}", 10, 0, 1, 10, false, 10),
            ("delay_loop 10", "DNS_CHECK {\n}", 10, 3, 10, 10, false, 5),
            ("delay_loop 10", "SMTP_CHECK {\n}", 10, 1, 1, 10, false, 5),
            ("delay_loop 10", "PING_CHECK {\n}", 10, 1, 1, 10, false, 5),
            ("", "TCP_CHECK {\n}", 60, 1, 1, 60, false, 5),
            (
                "delay_loop 10",
                "TCP_CHECK {\nconnect_timeout 2\nretry 4\ndelay_before_retry 7\nwarmup 0\ndelay_loop 3\nalpha\n}",
                3, 4, 7, 0, true, 2
            ),
            (
                "delay_loop 10\nconnect_timeout 3\nretry 2\ndelay_before_retry 4\nwarmup 1\nalpha", "TCP_CHECK {\n}",
                10, 2, 4, 1, true, 3
            ),
            ("delay_loop 10", "MISC_CHECK {\nmisc_path \"/bin/true\"\nmisc_timeout 4\n}", 10, 0, 1, 10, false, 4),
        ] as [ScheduleRow])
    func checkerTimersFollowKeepalivedsInheritanceAndDefaults(
        vsLines: String, checker: String, delayLoop: Int, retry: Int, delayBeforeRetry: Int, warmup: Int, alpha: Bool,
        timeout: Int
    ) throws {
        let key = try #require(firstKey(T.virtualServer(vsLines, realServer: checker)))
        #expect(
            key.schedule
                == CheckerSchedule(
                    delayLoop: .seconds(delayLoop), retry: retry, delayBeforeRetry: .seconds(delayBeforeRetry),
                    warmup: .seconds(warmup), alpha: alpha))
        #expect(key.probe.timeout == .seconds(timeout))
    }

    @Test func aTCPCheckProbesTheRealServerOrItsConnectSettings() throws {
        let plain = try #require(firstKey(T.virtualServer(realServer: "TCP_CHECK {\n}")))
        #expect(plain.probe.target == ProbeTarget(address: ip("10.0.1.1"), port: 8080))
        #expect(plain.probe.spec == .tcpConnect)
        let moved = try #require(
            firstKey(
                T.virtualServer(
                    realServer:
                        "TCP_CHECK {\nconnect_ip 10.0.2.2\nconnect_port 9000\nbindto 10.0.0.1\nbind_port 4000\nfwmark 7\n}"
                )))
        #expect(
            moved.probe.target
                == ProbeTarget(
                    address: ip("10.0.2.2"), port: 9000, bindAddress: ip("10.0.0.1"), bindPort: 4000, fwmark: 7))
    }

    @Test func anHTTPCheckKeepsItsURLsAndTakesTheVirtualHostByPrecedence() throws {
        let text = T.virtualServer(
            "virtualhost vs.example",
            realServer: """
                virtualhost rs.example
                HTTP_GET {
                    http_protocol 1.1
                    url {
                        path /health
                        status_code 200-204 301
                        digest 9b3a0c85a887a256d6939da88aabd8cd
                    }
                    url {
                        path /other
                        virtualhost url.example
                        regex "ok"
                        regex_no_match
                    }
                }
                """)
        let key = try #require(firstKey(text))
        guard case .http(let probe) = key.probe.spec else {
            Issue.record("not an HTTP probe: \(key.probe.spec)")
            return
        }
        #expect(probe.virtualHost == "rs.example")
        #expect(probe.protocolVersion == .http11)
        #expect(probe.tls == nil)
        #expect(probe.urls.map(\.path) == ["/health", "/other"])
        #expect(probe.urls[0].statusCodes == [200...204, 301...301])
        #expect(probe.urls[0].digest == "9b3a0c85a887a256d6939da88aabd8cd")
        #expect(probe.urls[1].virtualHost == "url.example")
        #expect(probe.urls[1].regex == "ok" && !probe.urls[1].regexMustMatch)
    }

    @Test func anSSLCheckCarriesItsTLSSettings() throws {
        let key = try #require(
            firstKey(T.virtualServer(realServer: "SSL_GET {\nenable_sni\nsni_name web.example\nurl {\npath /\n}\n}")))
        guard case .http(let probe) = key.probe.spec else {
            Issue.record("not an HTTP probe")
            return
        }
        #expect(probe.tls == HTTPProbe.TLS(enableSNI: true, serverName: "web.example"))
        #expect(key.probe.spec.keyword == "SSL_GET")
    }

    @Test(arguments: [
        (
            "MISC_CHECK {\nmisc_path \"/usr/bin/check -x 1\"\nmisc_dynamic\n}",
            ProbeSpec.misc(MiscProbe(command: "/usr/bin/check -x 1", dynamic: true))
        ),
        ("SMTP_CHECK {\nhelo_name mx.example\n}", .smtp(SMTPProbe(heloName: "mx.example"))),
        ("DNS_CHECK {\ntype A\nname www.example\n}", .dns(DNSProbe(type: .a, name: "www.example"))),
        (
            "UDP_CHECK {\npayload 0102\nrequire_reply 0aXX\nmin_reply_length 2\n}",
            .udp(UDPProbe(payload: [1, 2], requiredReply: [0x0a, nil], minimumReplyLength: 2))
        ),
        ("PING_CHECK {\n}", .ping),
    ])
    func everyCheckerTypeBecomesItsProbe(block: String, spec: ProbeSpec) throws {
        let key = try #require(firstKey(T.virtualServer(realServer: block)))
        #expect(key.probe.spec == spec)
    }

    @Test func theVirtualServerBecomesAPlannerDefinition() throws {
        let text = """
            virtual_server 10.0.0.100 443 {
                lb_algo wrr
                lb_kind DR
                protocol TCP
                persistence_timeout 120
                persistence_granularity 255.255.255.0
                quorum 3
                hysteresis 1
                sh-port
                sorry_server 10.0.9.9 8443
                sorry_server_inhibit
                inhibit_on_failure
                real_server 10.0.1.1 443 {
                    weight 2
                    uthreshold 100
                    TCP_CHECK {
                    }
                }
                real_server 10.0.1.2 443 {
                    weight 3
                    inhibit_on_failure false
                    lvs_method NAT
                }
            }
            """
        let definition = try #require(assembledDefinition(text))
        #expect(definition.frontend == .endpoint(ip("10.0.0.100"), port: 443))
        #expect(definition.protocol == .tcp)
        #expect(definition.scheduler == .weightedRoundRobin)
        #expect(definition.forwarding == .directRouting)
        #expect(definition.persistence == Persistence(timeout: .seconds(120), granularity: 24))
        #expect(definition.flags == .hashPort)
        #expect(definition.quorum == 3 && definition.hysteresis == 1)
        // Direct routing cannot change the port: the config layer gives the sorry server the service's.
        #expect(
            definition.sorryServer
                == SorryServer(address: ip("10.0.9.9"), port: 443, forwarding: .directRouting, inhibit: true))
        #expect(
            definition.realServers == [
                RealServerDefinition(
                    address: ip("10.0.1.1"), port: 443, weight: 2, forwarding: .directRouting, upperThreshold: 100,
                    inhibitOnFailure: true),
                RealServerDefinition(address: ip("10.0.1.2"), port: 443, weight: 3, forwarding: .nat),
            ])
        #expect(definition.id.description == "[10.0.0.100]:tcp:443")
    }

    @Test func fwmarkAndGroupVirtualServersKeepTheirFrontends() throws {
        let fwmark = try #require(assembledDefinition(T.virtualServer(address: "fwmark 5")))
        #expect(fwmark.frontend == .fwmark(5, family: .inet))
        let text = """
            virtual_server_group web {
                10.0.0.100 80
                10.0.0.101-103 80
                fwmark 9
            }
            """ + T.virtualServer(address: "group web")
        let group = try #require(assembledDefinition(text))
        #expect(
            group.frontend
                == .group(
                    name: "web",
                    entries: [
                        .address(ip("10.0.0.100"), port: 80),
                        .range(first: ip("10.0.0.101"), last: ip("10.0.0.103"), port: 80),
                        .fwmark(9, family: .inet),
                    ]))
        #expect(group.serviceKeys.count == 5)
    }

    @Test func notifyAndQuorumScriptsKeepTheirArgumentsAndUser() throws {
        let text = T.virtualServer(
            "quorum_up \"/bin/q up\"\nquorum_down \"/bin/q down\"",
            realServer: "notify_up \"/bin/n up\" nobody\nnotify_down \"/bin/n down\"")
        let checked = try #require(T.assemble(text).configuration.virtualServers.first)
        #expect(checked.quorumUp == CheckerScript(arguments: ["/bin/q", "up"]))
        #expect(checked.quorumDown == CheckerScript(arguments: ["/bin/q", "down"]))
        #expect(checked.realServers.first?.notifyUp == CheckerScript(arguments: ["/bin/n", "up"], user: "nobody"))
        #expect(checked.realServers.first?.notifyDown == CheckerScript(arguments: ["/bin/n", "down"]))
    }

    @Test func theSameCheckInTwoVirtualServersIsTheSameChecker() {
        let text =
            T.virtualServer(realServer: "TCP_CHECK {\nconnect_timeout 1\n}")
            + T.virtualServer(realServer: "TCP_CHECK {\nconnect_timeout 1\n}", address: "10.0.0.100 81")
        let keys = T.assemble(text).configuration.virtualServers.compactMap { $0.realServers.first?.checkers.first }
        #expect(keys.count == 2)
        #expect(Set(keys).count == 1)
    }

    @Test func haSuspendReachesTheEngineAndFileCheckReadsItsTrackFile() {
        let text =
            "track_file flag {\nfile /run/flag\n}\n"
            + T.virtualServer("ha_suspend", realServer: "FILE_CHECK {\ntrack_file flag\n}\nTCP_CHECK {\n}")
        let result = T.assemble(text)
        let file = FileProbe(path: "/run/flag", weight: 1, reverse: false, baseWeight: 1)
        #expect(
            result.configuration.virtualServers.first?.realServers.first?.checkers.map(\.probe.spec) == [
                .file(file), .tcpConnect,
            ])
        #expect(result.warnings.isEmpty)
        #expect(result.configuration.virtualServers.first?.suspendsWithoutAddress == true)
    }
}
