import Testing

@testable import KeepalivedConfig

@Suite struct JSONValueTests {
    @Test func objectsKeepTheirMemberOrderAndRenderIndented() {
        let value = JSONValue.object(["b": .integer(1), "a": .array([.bool(true), .null]), "c": .object([])])
        #expect(
            value.rendered() == """
                {
                  "b": 1,
                  "a": [
                    true,
                    null
                  ],
                  "c": {}
                }
                """)
        #expect(value.rendered(indent: 0) == #"{"b":1,"a":[true,null],"c":{}}"#)
    }

    @Test(arguments: [
        ("plain", #""plain""#), ("a\"b", #""a\"b""#), ("back\\slash", #""back\\slash""#),
        ("line\nbreak", #""line\nbreak""#),
        ("tab\t", #""tab\t""#), ("\u{01}", #""\u0001""#), ("é", "\"é\""),
    ])
    func stringsAreEscapedPerRFC8259(text: String, rendered: String) {
        #expect(JSONValue.string(text).rendered() == rendered)
    }

    @Test func durationsAreSecondsAndNumbersKeepTheirText() {
        #expect(JSONValue.seconds(.milliseconds(1500)).rendered() == "1.5")
        #expect(JSONValue.integer(-42).rendered() == "-42")
    }

    @Test func membersAndElementsCanBeLookedUp() {
        let value = JSONValue.object(["list": .array([.string("x")])])
        #expect(value["list"]?[0] == .string("x"))
        #expect(value["missing"] == nil)
        #expect(value["list"]?[5] == nil)
    }
}

@Suite struct KeepalivedConfigurationJSONTests {
    @Test func theJSONUsesKeepalivedKeywordsWithDefaultsFilledInAndSecondsForDurations() throws {
        let text =
            ModelFixture.instance("advert_int 2\nnopreempt") + "\n"
            + ModelFixture.virtualServer("delay_loop 0.5", realServer: "TCP_CHECK {\n}")
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let json = result.configuration.jsonValue
        let instance = try #require(json["vrrp_instance"]?[0])
        #expect(instance["advert_int"] == .number("2"))
        #expect(instance["preempt"] == .bool(false))
        #expect(instance["priority"] == .number("100"))
        #expect(instance["virtual_ipaddress"]?[0]?["address"] == .string("10.0.0.1/32"))
        let checker = try #require(json["virtual_server"]?[0]?["real_server"]?[0]?["checkers"]?[0])
        #expect(checker["type"] == .string("TCP_CHECK"))
        #expect(checker["delay_loop"] == .number("0.5"))
        #expect(checker["connect_timeout"] == .number("5"))
        #expect(json["global_defs"]?["vrrp_garp_master_delay"] == .number("5"))
    }

    @Test func renderingIsDeterministic() {
        let result = ModelFixture.load(ModelFixture.instance("") + "\n" + ModelFixture.virtualServer(""))
        #expect(result.configuration.jsonValue.rendered() == result.configuration.jsonValue.rendered())
        #expect(
            ModelFixture.load(ModelFixture.instance("")).configuration.jsonValue.rendered()
                == ModelFixture.load(ModelFixture.instance("")).configuration.jsonValue.rendered())
    }
}
