import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing
import VRRP

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NeighborAdvertisementSenderTests {
    @Test func anUnsolicitedNAFromTheVIPArrivesWithHopLimit255AndAValidChecksum() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let vip = IPv6Address("fd99::100")!
        try lab.inside(lab.a) {
            try NetlinkAddressTable().add(.virtualAddress(IPPrefix(host: .v6(vip)), interfaceIndex: indexA))
        }
        let capture = try lab.inside(lab.b) { try PacketCapture(interfaceIndex: indexB) }
        let sender = try lab.inside(lab.a) { try NeighborAdvertisementSender() }

        try sender.announce(vip, linkLayerAddress: NamespacePair.macA, interfaceIndex: indexA)
        let frame = try #require(
            capture.frame { $0.count >= 86 && $0[12] == 0x86 && $0[13] == 0xdd && $0[20] == 58 && $0[54] == 136 })

        #expect(Array(frame[0..<6]) == [0x33, 0x33, 0, 0, 0, 1])
        #expect(Array(frame[6..<12]) == NamespacePair.macA.bytes)
        #expect(frame[21] == 255, "hop limit")
        #expect(Array(frame[22..<38]) == vip.bytes, "source is the VIP")
        #expect(Array(frame[38..<54]) == UnsolicitedNeighborAdvertisement.allNodes.bytes)
        let icmp = Array(frame[54..<86])
        #expect(
            icmp
                == UnsolicitedNeighborAdvertisement.message(
                    target: vip, linkLayerAddress: NamespacePair.macA, router: false))
        var sum = InternetChecksum()
        sum.add(vip.bytes)
        sum.add(UnsolicitedNeighborAdvertisement.allNodes.bytes)
        sum.add([0, 0, 0, 32, 0, 0, 0, 58])
        sum.add(icmp)
        #expect(sum.value == 0, "checksum over the pseudo-header verifies")
    }
}
