import Testing

@Suite struct IntegrationModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
