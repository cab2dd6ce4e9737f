import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct GratuitousARPFrameTests {
    static let arpFrames = (try? GoldenVectors.detailedFrames())?.filter { $0.hex["ARP"] != nil } ?? []

    @Test func everyCaseWithIPv4VIPsHasACapturedARP() {
        #expect(Set(Self.arpFrames.map(\.caseName)).count == 8)
    }

    @Test(arguments: arpFrames)
    func theBuiltFrameMatchesKeepalivedsByteForByte(_ frame: GoldenVectors.DetailedFrame) throws {
        let mac = try #require(MACAddress(try frame.field("ARP", "sha")))
        let vip = try #require(IPv4Address(try frame.field("ARP", "spa")))
        let built = GratuitousARPFrame.build(senderMAC: mac, address: vip)
        #expect(built == frame.hex["full frame"])
        #expect(Array(built.suffix(28)) == frame.hex["ARP"])
        #expect(built.count == GratuitousARPFrame.length)
    }

    @Test func everyCapturedGratuitousARPIsReproduced() throws {
        var checked = 0
        for frame in try GoldenVectors.capturedFrames() {
            // Gratuitous means sender IP = target IP; the kernel's own ARP queries are skipped.
            guard let match = frame.timeline.firstMatch(of: /ARP op=1 (\S+)\/(\S+) -> ff:ff:ff:ff:ff:ff\/(\S+)\s/),
                match.2 == match.3
            else { continue }
            let mac = try #require(MACAddress(match.1))
            let vip = try #require(IPv4Address(match.2))
            #expect(GratuitousARPFrame.build(senderMAC: mac, address: vip) == frame.bytes, "\(frame.testDescription)")
            checked += 1
        }
        #expect(checked >= 90)
    }
}
