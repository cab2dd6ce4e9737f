import HealthCheck
import Testing

@testable import Probes

@Suite struct TLSClientTests {
    @Test("SNI is sni_name, else the URL's virtual host, else the checker's; nothing without enable_sni")
    func serverNamePrecedence() {
        let plain = HTTPProbe.URLCheck(path: "/")
        let named = HTTPProbe.URLCheck(path: "/", virtualHost: "url.example")
        let probe = HTTPProbe(urls: [plain, named], virtualHost: "checker.example")
        let sni = HTTPProbe.TLS(enableSNI: true)
        #expect(
            TLSClient.serverName(
                for: HTTPProbe.TLS(enableSNI: true, serverName: "sni.example"), url: named, probe: probe)
                == "sni.example")
        #expect(TLSClient.serverName(for: sni, url: named, probe: probe) == "url.example")
        #expect(TLSClient.serverName(for: sni, url: plain, probe: probe) == "checker.example")
        #expect(
            TLSClient.serverName(
                for: HTTPProbe.TLS(enableSNI: false, serverName: "x.example"), url: named, probe: probe) == nil)
        #expect(TLSClient.serverName(for: sni, url: plain, probe: HTTPProbe(urls: [plain])) == nil)
    }

    @Test(
        "a port is dropped and address literals send no SNI",
        arguments: [
            ("www.example.com:8443", "www.example.com" as String?), ("192.0.2.1", nil), ("[2001:db8::1]:443", nil),
            ("2001:db8::1", nil), ("plain.example", "plain.example"),
        ])
    func literalNames(name: String, expected: String?) {
        let url = HTTPProbe.URLCheck(path: "/")
        #expect(
            TLSClient.serverName(
                for: HTTPProbe.TLS(enableSNI: true, serverName: name), url: url, probe: HTTPProbe(urls: [url]))
                == expected)
    }
}
