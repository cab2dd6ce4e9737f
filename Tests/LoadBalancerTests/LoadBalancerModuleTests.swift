import Testing

@Suite struct LoadBalancerModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
