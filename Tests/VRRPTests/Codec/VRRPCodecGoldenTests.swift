import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct VRRPCodecGoldenTests {
    static let detailedAdverts =
        (try? GoldenVectors.detailedFrames())?.filter {
            $0.lines["VRRPv2"] != nil || $0.lines["VRRPv3"] != nil
        } ?? []

    @Test func theGoldenVectorsArePresentAndCoverEveryCase() throws {
        let frames = try GoldenVectors.detailedFrames()
        let cases = Set(frames.filter { $0.hex["VRRP payload"] != nil }.map(\.caseName))
        #expect(cases == Set(GoldenVectors.caseNames))
        #expect(Self.detailedAdverts.count >= 30)
    }

    @Test(arguments: detailedAdverts)
    func aDetailedVectorDecodesToTheFieldsVectorsTxtLists(_ frame: GoldenVectors.DetailedFrame) throws {
        let described = try #require(try GoldenVectors.describedAdvertisement(frame))
        let message = described.message
        let packet = try VRRPCodec.decode(message.bytes, family: message.family, checksum: message.context)
        #expect(packet.advertisement == described.advertisement)
        #expect(packet.checksum == described.checksum)
        #expect(packet.wireLength == message.bytes.count)
    }

    @Test(arguments: detailedAdverts)
    func encodingTheListedFieldsReproducesTheCapturedBytes(_ frame: GoldenVectors.DetailedFrame) throws {
        let described = try #require(try GoldenVectors.describedAdvertisement(frame))
        let message = described.message
        let bytes = VRRPCodec.encode(described.advertisement, family: message.family, checksum: message.context)
        #expect(bytes == message.bytes)
    }

    @Test func everyCapturedAdvertisementDecodesAndReEncodesByteForByte() throws {
        let captured = try GoldenVectors.capturedMessages()
        #expect(captured.count >= 100)
        for (frame, message) in captured {
            let packet = try VRRPCodec.decode(message.bytes, family: message.family, checksum: message.context)
            let again = VRRPCodec.encode(packet.advertisement, family: message.family, checksum: message.context)
            #expect(again == message.bytes, "\(frame.testDescription)")
            let ad = packet.advertisement
            let addresses = ad.addresses.map(\.description).joined(separator: ",")
            #expect(frame.timeline.contains("vrid=\(ad.virtualRouterID) prio=\(ad.priority) "), "\(frame.timeline)")
            #expect(frame.timeline.contains("addrs=\(addresses) csum_ok=True"), "\(frame.timeline)")
            if ad.version == .v3 {
                let centiseconds = ad.advertisementInterval.nanosecondsClamped / 10_000_000
                #expect(frame.timeline.contains("maxadv=\(centiseconds)cs"), "\(frame.timeline)")
            } else {
                #expect(frame.timeline.contains("auth=\(ad.authentication.wireType)"), "\(frame.timeline)")
            }
        }
    }

    @Test func everyTruncationOfEveryVectorIsRejected() throws {
        for message in try GoldenVectors.distinctMessages() {
            for length in 0..<message.bytes.count {
                let prefix = Array(message.bytes.prefix(length))
                #expect(throws: VRRPDecodingError.self, "\(message.name) cut to \(length)") {
                    try VRRPCodec.decode(prefix, family: message.family, checksum: message.context)
                }
                #expect(throws: VRRPDecodingError.self, "\(message.name) cut to \(length)") {
                    try VRRPCodec.decode(prefix, family: message.family)
                }
            }
        }
    }

    @Test func everySingleByteCorruptionOfEveryVectorFailsTheChecksummedDecode() throws {
        for message in try GoldenVectors.distinctMessages() {
            for index in message.bytes.indices {
                for delta in 1...255 {
                    var corrupted = message.bytes
                    corrupted[index] &+= UInt8(delta)
                    #expect(throws: VRRPDecodingError.self, "\(message.name) byte \(index) +\(delta)") {
                        try VRRPCodec.decode(
                            corrupted, family: message.family, checksum: message.context,
                            ipHeaderLength: message.ipHeaderLength)
                    }
                }
            }
        }
    }

    @Test func aCorruptedVectorThatStillDecodesStructurallyRoundTrips() throws {
        for message in try GoldenVectors.distinctMessages() {
            for index in message.bytes.indices {
                for delta in 1...255 {
                    var corrupted = message.bytes
                    corrupted[index] &+= UInt8(delta)
                    guard let packet = try? VRRPCodec.decode(corrupted, family: message.family) else { continue }
                    let again = VRRPCodec.encode(
                        packet.advertisement, family: message.family, checksum: message.context)
                    #expect(try VRRPCodec.decode(again, family: message.family).advertisement == packet.advertisement)
                }
            }
        }
    }
}
