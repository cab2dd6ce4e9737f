import Engine
import HealthCheck
import Testing

@Suite struct RealServerAlertWordingTests {
    @Test(
        arguments: [
            (ProbeSpec.tcpConnect, true, nil, "=> TCP CHECK succeed on service <="),
            (.tcpConnect, false, "connection refused", "=> TCP CHECK failed on service <="),
            (.http(HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")])), true, nil, "=> CHECK succeed on service <="),
            (
                .http(HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")])), false, "HTTP status code 500",
                "=> CHECK failed on service : HTTP status code 500 <="
            ),
            (.http(HTTPProbe(urls: [HTTPProbe.URLCheck(path: "/")])), false, nil, "=> CHECK failed on service <="),
            (.smtp(SMTPProbe()), false, "connection error", "=> CHECK failed on service : connection error <="),
            (.misc(MiscProbe(command: "/bin/true")), true, nil, "=> MISC CHECK succeeded on service <="),
            (.misc(MiscProbe(command: "/bin/false")), false, "exit 1", "=> MISC CHECK failed on service <="),
            (.dns(DNSProbe()), false, nil, "=> DNS_CHECK: failed on service <="),
            (.udp(UDPProbe()), true, nil, "=> UDP CHECK succeed on service <="),
            (.ping, false, nil, "=> ICMP CHECK failed on service <="),
        ] as [(ProbeSpec, Bool, String?, String)])
    func eachCheckerWordsItsBodyAsKeepalivedDoes(spec: ProbeSpec, up: Bool, reason: String?, body: String) {
        #expect(RealServerAlertWording.body(spec, up: up, reason: reason) == body)
    }
}
