import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct VirtualServerAddressTests {
    @Test func addressesDescribeThemselvesLikeKeepalivedsLogs() {
        #expect(VirtualServerAddress.socket(IPAddressLiteral.v4, port: 80).description == "10.0.0.1:80")
        #expect(VirtualServerAddress.socket(IPAddressLiteral.v6, port: 443).description == "[2001:db8::1]:443")
        #expect(VirtualServerAddress.firewallMark(3).description == "fwmark 3")
        #expect(VirtualServerAddress.group("G").description == "group G")
    }
}

enum IPAddressLiteral {
    static let v4 = IPAddress.v4(IPv4Address(10, 0, 0, 1))
    static let v6 = IPAddress.v6(IPv6Address(high: 0x2001_0db8_0000_0000, low: 1))
}
