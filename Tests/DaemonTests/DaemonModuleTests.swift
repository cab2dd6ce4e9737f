import Testing

@Suite struct DaemonModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
