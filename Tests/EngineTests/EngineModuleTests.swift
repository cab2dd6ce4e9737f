import Testing

@Suite struct EngineModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
