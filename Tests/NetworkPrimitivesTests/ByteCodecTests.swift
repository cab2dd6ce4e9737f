import NetworkPrimitives
import Testing

@Suite struct ByteCodecTests {
    @Test func checksumMatchesRFC1071Example() {
        // RFC 1071 section 3: the sum of 0001 f203 f4f5 f6f7 is ddf2, so the checksum is 220d.
        #expect(InternetChecksum.compute([0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7]) == 0x220d)
    }

    @Test func checksumOfDataWithItsChecksumIsZero() {
        var packet: [UInt8] = [0x21, 51, 100, 1, 0, 1, 0, 0, 10, 99, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0]
        let c = InternetChecksum.compute(packet)
        packet[6] = UInt8(c >> 8)
        packet[7] = UInt8(c & 0xff)
        #expect(InternetChecksum.compute(packet) == 0)
    }

    @Test func checksumHandlesOddLengthsAndSplitInput() {
        var split = InternetChecksum()
        split.add([0x01, 0x02, 0x03])
        split.add([0x04, 0x05])
        #expect(split.value == InternetChecksum.compute([0x01, 0x02, 0x03, 0x04, 0x05]))
    }

    @Test func readerThrowsInsteadOfTrapping() throws {
        var r = ByteReader([1, 2, 3])
        #expect(try r.readUInt16() == 0x0102)
        #expect(throws: ByteReaderError.truncated(offset: 2, needed: 2, available: 1)) { try r.readUInt16() }
        #expect(try r.readUInt8() == 3)
        #expect(throws: ByteReaderError.self) { try r.readUInt8() }
        #expect(throws: ByteReaderError.self) { try r.readBytes(-1) }
    }

    @Test func writerAndReaderAgree() throws {
        var w = ByteWriter()
        w.write(UInt8(7))
        w.write(UInt16(0xBEEF))
        w.write(UInt32(0xDEAD_BEEF))
        w.writeLE(UInt32(0x0102_0304))
        w.align(to: 4)
        #expect(w.count == 12)
        var r = ByteReader(w.bytes)
        #expect(try r.readUInt8() == 7)
        #expect(try r.readUInt16() == 0xBEEF)
        #expect(try r.readUInt32() == 0xDEAD_BEEF)
        #expect(try r.readUInt32LE() == 0x0102_0304)
    }

    @Test func instantsAndDurationsCompose() {
        let t = MonotonicInstant.zero + .milliseconds(3609)
        #expect(t.nanoseconds == 3_609_000_000)
        #expect(t - MonotonicInstant.zero == .milliseconds(3609))
        #expect(Duration.microseconds(609_375).microseconds == 609_375)
    }
}
