import Testing

@Suite struct VRRPModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
