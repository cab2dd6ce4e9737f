import LinuxPlatform
import Testing

@Suite struct ShortHostnameTests {
    @Test(arguments: [("lb1.example.com", "lb1"), ("lb1", "lb1"), ("", ""), (".x", "")])
    func theNameIsCutAtTheFirstDot(name: String, short: String) {
        #expect(ShortHostname.short(name) == short)
    }

    @Test func theCurrentHostNameHasNoDot() {
        let name = ShortHostname.current()
        #expect(!name.isEmpty)
        #expect(!name.contains("."))
    }
}
