import Testing

@Suite struct HealthCheckModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
