import Daemon
import Testing

@Suite struct StatusListenAddressTests {
    @Test(arguments: [
        ("127.0.0.1:9650", "127.0.0.1", 9650), ("0.0.0.0:0", "0.0.0.0", 0), ("[::1]:9650", "::1", 9650),
        ("localhost:80", "localhost", 80),
    ])
    func addressAndPortAreRead(text: String, host: String, port: Int) throws {
        let address = try #require(StatusListenAddress(parsing: text))
        #expect(address.host == host && address.port == port)
        #expect(address.description == text)
    }

    @Test(arguments: ["9650", ":9650", "127.0.0.1", "127.0.0.1:65536", "::1:9650", "[::1]", "[]:80", "host:port"])
    func anythingElseIsRefused(text: String) {
        #expect(StatusListenAddress(parsing: text) == nil)
    }
}
