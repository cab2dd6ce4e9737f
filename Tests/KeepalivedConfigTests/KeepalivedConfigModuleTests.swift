import Testing

@Suite struct KeepalivedConfigModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
