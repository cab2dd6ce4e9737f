import Testing

@testable import KeepalivedConfig

@Suite struct ConfigTextParserTests {
    @Test func aSmallConfigurationBecomesABlockTree() {
        let parsed = ConfigTextFixture.parse(
            """
            ! Configuration File for keepalived
            global_defs {
               router_id LVS_DEVEL   # the box
            }
            vrrp_instance VI_1{
                state MASTER
                virtual_ipaddress { 10.0.0.1/24 }
            }
            """)
        #expect(parsed.diagnostics == [])
        #expect(
            ConfigTextFixture.outline(parsed.nodes) == [
                "global_defs", "{", "router_id LVS_DEVEL", "}",
                "vrrp_instance VI_1", "{", "state MASTER", "virtual_ipaddress", "{", "10.0.0.1/24", "}", "}",
            ])
    }
}
