import Engine
import HealthCheck
import LoadBalancer
import NetworkPrimitives
import Testing

private let label = CheckerLabel(realServer: "[10.0.1.1]:tcp:80", virtualServer: VirtualServerID("[10.0.0.1]:tcp:80"))
private let http = ProbeSpec.http(HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")]))
private let https = ProbeSpec.http(HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")], tls: HTTPProbe.TLS()))
private let misc = ProbeSpec.misc(MiscProbe(command: "/usr/bin/check web1"))

@Suite struct KeepalivedCheckerWordingTests {
    @Test(arguments: [
        (ProbeSpec.tcpConnect, "TCP connection to [10.0.1.1]:tcp:80 success."),
        (http, "Remote Web server [10.0.1.1]:tcp:80 succeed on service."),
        (https, "Remote Web server [10.0.1.1]:tcp:80 succeed on service."),
        (misc, "Misc check for [[10.0.1.1]:tcp:80 VS [10.0.0.1]:tcp:80] by [/usr/bin/check] succeeded."),
        (.smtp(SMTPProbe()), "Remote SMTP server [10.0.1.1]:tcp:80 succeed on service."),
        (.udp(UDPProbe()), "UDP connection to [10.0.1.1]:tcp:80 success."),
        (.ping, "ICMP connection to [10.0.1.1]:tcp:80 success."),
    ])
    func successLinesUseKeepalivedsWords(spec: ProbeSpec, line: String) {
        #expect(KeepalivedCheckerWording.success(spec, label) == line)
    }

    @Test(
        arguments: [
            (ProbeSpec.tcpConnect, 1, "TCP_CHECK on service [10.0.1.1]:tcp:80 failed after 1 retries."),
            (.tcpConnect, nil, "TCP_CHECK on service [10.0.1.1]:tcp:80 failed."),
            (http, 3, "HTTP_CHECK on service [10.0.1.1]:tcp:80 failed after 3 retries."),
            (https, nil, "SSL_CHECK on service [10.0.1.1]:tcp:80 failed."),
            (
                misc, nil,
                "Misc check for [[10.0.1.1]:tcp:80 VS [10.0.0.1]:tcp:80] by [/usr/bin/check] failed with retry disabled (boom)."
            ),
            (
                misc, 1,
                "Misc check for [[10.0.1.1]:tcp:80 VS [10.0.0.1]:tcp:80] by [/usr/bin/check] failed after 1 retry (boom)."
            ),
            (.ping, 2, "ICMP CHECK on service [10.0.1.1]:tcp:80 of [10.0.0.1]:tcp:80 failed after 2 retries."),
            (.dns(DNSProbe()), 3, "DNS_CHECK ([10.0.1.1]:tcp:80) boom after 3 retries"),
        ] as [(ProbeSpec, Int?, String)])
    func failureLinesUseKeepalivedsWords(spec: ProbeSpec, retries: Int?, line: String) {
        #expect(KeepalivedCheckerWording.failure(spec, label, retries: retries, reason: "boom") == line)
    }

    @Test func quorumLinesPrintTheThresholdKeepalivedPrints() {
        let policy = QuorumPolicy(quorum: 3, hysteresis: 1, totalWeight: 10)
        let vs = VirtualServerID("[10.0.0.1]:tcp:80")
        #expect(
            KeepalivedCheckerWording.quorumLost(vs, policy: policy, weightSum: 1, initial: false)
                == "Lost quorum 3-1=2 > 1 for VS [10.0.0.1]:tcp:80")
        #expect(
            KeepalivedCheckerWording.quorumLost(vs, policy: policy, weightSum: 1, initial: true)
                == "Starting with quorum down 3-1=4 > 1 for VS [10.0.0.1]:tcp:80")
        #expect(
            KeepalivedCheckerWording.quorumGained(vs, policy: policy, weightSum: 5, initial: false)
                == "Gained quorum 3+1=4 <= 5 for VS [10.0.0.1]:tcp:80")
    }
}
