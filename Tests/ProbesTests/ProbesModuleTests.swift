import Testing

@Suite struct ProbesModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
