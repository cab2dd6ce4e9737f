import NetworkPrimitives
import Testing

@testable import HealthCheck

@Suite struct HTTPGetRequestTests {
    static let target = ProbeTarget(address: IPAddress("192.0.2.10")!, port: 8080)

    @Test(
        "the request line and headers follow http_protocol",
        arguments: [
            (HTTPProbe.ProtocolVersion.http10, "GET /health HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nHost: 192.0.2.10:8080\r\n\r\n"),
            (.http10Close, "GET /health HTTP/1.0\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\nHost: 192.0.2.10:8080\r\n\r\n"),
            (.http11, "GET /health HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\nHost: 192.0.2.10:8080\r\n\r\n"),
        ])
    func requestText(version: HTTPProbe.ProtocolVersion, expected: String) {
        let url = HTTPProbe.URLCheck(path: "/health")
        let probe = HTTPProbe(urls: [url], protocolVersion: version)
        #expect(HTTPGetRequest(url: url, probe: probe, target: Self.target).text == expected)
    }

    @Test("Host is the URL's virtual host, else the checker's, else address:port")
    func hostPrecedence() {
        let plain = HTTPProbe.URLCheck(path: "/")
        let named = HTTPProbe.URLCheck(path: "/", virtualHost: "url.example")
        let checker = HTTPProbe(urls: [plain, named], virtualHost: "checker.example")
        let bare = HTTPProbe(urls: [plain])
        #expect(HTTPGetRequest(url: named, probe: checker, target: Self.target).host == "url.example")
        #expect(HTTPGetRequest(url: plain, probe: checker, target: Self.target).host == "checker.example")
        #expect(HTTPGetRequest(url: plain, probe: bare, target: Self.target).host == "192.0.2.10:8080")
    }

    @Test("an IPv6 target is bracketed in Host")
    func ipv6Host() {
        let url = HTTPProbe.URLCheck(path: "/")
        let target = ProbeTarget(address: IPAddress("2001:db8::1")!, port: 443)
        #expect(HTTPGetRequest(url: url, probe: HTTPProbe(urls: [url]), target: target).host == "[2001:db8::1]:443")
    }
}
