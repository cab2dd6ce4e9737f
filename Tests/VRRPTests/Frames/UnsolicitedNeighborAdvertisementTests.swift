import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct UnsolicitedNeighborAdvertisementTests {
    static let naFrames = (try? GoldenVectors.detailedFrames())?.filter { $0.hex["ICMPv6"] != nil } ?? []

    @Test func everyIPv6CaseHasACapturedNA() {
        #expect(Set(Self.naFrames.map(\.caseName)) == ["takeover_v3_ipv6", "v3_ipv6_mcast", "v3_ipv6_ucast"])
    }

    @Test(arguments: naFrames)
    func theBuiltMessageAndFrameMatchKeepalivedsByteForByte(_ frame: GoldenVectors.DetailedFrame) throws {
        let target = try #require(IPv6Address(try frame.field("ICMPv6 NA", "target")))
        let mac = try #require(MACAddress(try frame.field("Ethernet", "src")))
        let message = UnsolicitedNeighborAdvertisement.message(target: target, linkLayerAddress: mac, router: false)
        #expect(message == frame.hex["ICMPv6"])
        let built = UnsolicitedNeighborAdvertisement.frame(target: target, sourceMAC: mac, router: false)
        #expect(built == frame.hex["full frame"])
        #expect(built.count == UnsolicitedNeighborAdvertisement.frameLength)
    }

    @Test func everyCapturedUnsolicitedNAIsReproduced() throws {
        var checked = 0
        for frame in try GoldenVectors.capturedFrames() where frame.timeline.contains("> ff02::1 target=") {
            let target = try #require(IPv6Address(frame.timeline.firstMatch(of: /target=(\S+)/)?.1 ?? ""))
            let mac = try #require(MACAddress(bytes: frame.bytes[6..<12]))
            let built = UnsolicitedNeighborAdvertisement.frame(target: target, sourceMAC: mac, router: false)
            #expect(built == frame.bytes, "\(frame.testDescription)")
            checked += 1
        }
        #expect(checked == 30)
    }

    @Test func theRouterFlagSetsRAndKeepsTheChecksumValid() throws {
        let target = try #require(IPv6Address("2001:db8::7"))
        let mac = try #require(MACAddress("02:00:00:00:00:07"))
        let message = UnsolicitedNeighborAdvertisement.message(target: target, linkLayerAddress: mac, router: true)
        #expect(message[4] == 0xa0)
        var sum = InternetChecksum()
        sum.add(target.bytes)
        sum.add(UnsolicitedNeighborAdvertisement.allNodes.bytes)
        sum.add([0, 0, 0, 32, 0, 0, 0, 58])
        sum.add(message)
        #expect(sum.value == 0)
    }
}
