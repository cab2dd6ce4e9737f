import Testing

@Suite struct RuntimeModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
