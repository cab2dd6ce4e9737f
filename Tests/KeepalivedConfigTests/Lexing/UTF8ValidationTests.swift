import Testing

@testable import KeepalivedConfig

@Suite struct UTF8ValidationTests {
    static let cases: [([UInt8], Int?)] = [
        (Array("plain ascii".utf8), nil),
        (Array("café ✓ 𝄞".utf8), nil),
        ([0x61, 0xFF], 1),
        ([0x61, 0xC3], 1),
        ([0xC0, 0x80], 0),
        ([0xE0, 0x80, 0x80], 0),
        ([0xED, 0xA0, 0x80], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0x61, 0x62, 0x80], 2),
    ]

    @Test(arguments: cases)
    func theFirstIllFormedByteIsFound(bytes: [UInt8], index: Int?) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == index)
    }
}
