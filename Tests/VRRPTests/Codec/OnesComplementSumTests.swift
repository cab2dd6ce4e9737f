import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct OnesComplementSumTests {
    @Test func itAgreesWithInternetChecksumOnRandomBuffersAndAddresses() {
        var rng = SplitMix64(seed: 1071)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...300, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let v4 = IPv4Address(UInt32.random(in: 0...UInt32.max, using: &rng))
            let v6 = IPv6Address(high: rng.next(), low: rng.next())
            var fast = OnesComplementSum()
            fast.add(IPAddress.v4(v4))
            fast.add(IPAddress.v6(v6))
            fast.add(UInt16(0x1234))
            fast.add(bytes[...])
            var reference = InternetChecksum()
            reference.add(v4.bytes + v6.bytes + [0x12, 0x34] + bytes)
            #expect(fast.checksum == reference.value)
        }
    }

    @Test func aSliceIsSummedFromItsOwnStartIndex() {
        let bytes: [UInt8] = [0xff, 0x01, 0x02, 0x03, 0x04]
        var fast = OnesComplementSum()
        fast.add(bytes[1...])
        #expect(fast.checksum == InternetChecksum.compute([0x01, 0x02, 0x03, 0x04]))
    }
}
