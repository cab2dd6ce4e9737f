import Testing

@testable import KeepalivedConfig

@Suite struct VRIDConflictCheckerTests {
    @Test func twoInstancesWithOneVRIDOnOneInterfaceAreFatal() throws {
        let text = ModelFixture.instance("", name: "A", vrid: 7) + "\n" + ModelFixture.instance("", name: "B", vrid: 7)
        let result = ModelFixture.load(text)
        let diagnostic = try #require(result.diagnostic("both use VRID 7 for IPv4 on interface eth0"))
        #expect(diagnostic.exitClass == .fatal)
        #expect(diagnostic.location?.line == 9)
        #expect(diagnostic.notes.first?.location?.line == 1)
    }

    @Test(arguments: [
        ("interface eth1", "interface eth0"),
        ("interface eth0\nmcast_dst_ip 224.0.0.19", "interface eth0"),
        ("interface eth0\nunicast_src_ip 10.0.0.2\nunicast_peer {\n 10.0.0.3\n}", "interface eth0"),
    ])
    func theSameVRIDIsFineOnAnotherInterfaceGroupOrTransport(first: String, second: String) {
        let text =
            ModelFixture.instance(first, name: "A", vrid: 7, interface: nil) + "\n"
            + ModelFixture.instance(second, name: "B", vrid: 7, interface: nil)
        let result = ModelFixture.load(text)
        #expect(result.configuration.vrrpInstances.count == 2, "\(result.renderedDiagnostics)")
        #expect(!result.mentions("both use VRID"), "\(result.renderedDiagnostics)")
    }
}
