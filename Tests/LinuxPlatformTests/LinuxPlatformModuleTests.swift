import Testing

@Suite struct LinuxPlatformModuleTests {
    @Test func moduleLinks() { #expect(Bool(true)) }
}
