import NetworkPrimitives
import Testing

@testable import KeepalivedConfig

@Suite struct AddressRangeParserTests {
    @Test(arguments: [
        ("192.168.200.3-10", "192.168.200.3", "192.168.200.10"),
        ("ae00::2-9", "ae00::2", "ae00::9"),
        ("ae00::2-1f", "ae00::2", "ae00::1f"),
        ("10.0.0.1-10.0.1.5", "10.0.0.1", "10.0.1.5"),
        ("10.0.0.7/29", "10.0.0.0", "10.0.0.7"),
        ("10.0.0.1", "10.0.0.1", "10.0.0.1"),
    ])
    func rangesExpandToFirstAndLastAddress(text: String, first: String, last: String) throws {
        let range = try #require(AddressRangeParser.parse(text))
        #expect(range.0 == IPAddress(first))
        #expect(range.1 == IPAddress(last))
    }

    @Test(arguments: ["10.0.0.5-3", "10.0.0.1-300", "x-y", "10.0.0.1/33", "/24"])
    func invalidRangesAreRejected(text: String) {
        #expect(AddressRangeParser.parse(text) == nil)
    }
}
