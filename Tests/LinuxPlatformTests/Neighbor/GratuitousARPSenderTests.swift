import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct GratuitousARPSenderTests {
    @Test func aGratuitousARPForTheVIPArrivesInThePeerNamespaceByteForByte() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let capture = try lab.inside(lab.b) { try PacketCapture(interfaceIndex: indexB) }
        let sender = try lab.inside(lab.a) { try GratuitousARPSender() }

        try sender.announce(IPv4Address(10, 99, 0, 100), senderMAC: NamespacePair.macA, interfaceIndex: indexA)
        let frame = try #require(capture.frame { $0.count >= 42 && $0[12] == 0x08 && $0[13] == 0x06 })

        let expected: [UInt8] =
            [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 0x99, 0, 0, 0, 0x02, 0x08, 0x06]  // Ethernet
            + [0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01]  // Ethernet/IPv4, request
            + [0x02, 0x99, 0, 0, 0, 0x02, 10, 99, 0, 100]  // sender MAC, VIP
            + [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 10, 99, 0, 100]  // target ff.., VIP
        #expect(Array(frame.prefix(42)) == expected)
    }
}
