import Testing

@testable import KeepalivedConfig

@Suite struct PreprocessorExpansionTests {
    /// (line, statements) for the built-in definitions; environment has HOME=/root and EMPTY="".
    static let builtinCases: [(String, [String])] = [
        ("x ${_PWD}", ["x /etc/keepalived"]),
        ("x ${_INSTANCE}", ["x lb1"]),
        ("x $_INSTANCE", ["x lb1"]),
        ("x ${_ENV HOME}", ["x /root"]),
        ("x a${_ENV UNSET}b", ["x ab"]),
        ("x \"${_HASH}\" \"${_BANG}\"", ["x # !"]),
        ("x ${_HASH} after", ["x"]),
        ("x ${_BANG} after", ["x"]),
        ("x ${_ENV  HOME}", ["x /root"]),
        ("x ${_ENV HOME }", ["x $", "_ENV HOME"]),
        ("x ${_HASH extra}", ["x $", "_HASH extra"]),
    ]

    @Test(arguments: builtinCases)
    func builtInDefinitionsExpand(line: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse(line + "\n", environment: ["HOME": "/root"], configID: "lb1")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == statements)
    }

    @Test func pwdIsTheDirectoryOfTheFileBeingRead() {
        let parsed = ConfigTextFixture.parse(
            "include conf.d/a.conf\nmain ${_PWD}\n", files: ["/etc/keepalived/conf.d/a.conf": "inc ${_PWD}\n"])
        #expect(parsed.statements == ["inc /etc/keepalived/conf.d", "main /etc/keepalived"])
    }

    @Test func randomIsDeterministicForASeedAndWithinItsBounds() {
        let text = "a ${_RANDOM}\nb ${_RANDOM 5 7}\nc ${_RANDOM 32767}\n"
        let first = ConfigTextFixture.parse(text, seed: 42)
        let again = ConfigTextFixture.parse(text, seed: 42)
        #expect(first.statements == again.statements)
        #expect(first.diagnostics == [])
        let values = ConfigTextFixture.lines(first.nodes).compactMap { $0.last.flatMap { Int($0) } }
        #expect(values.count == 3)
        #expect((0...32767).contains(values[0]))
        #expect((5...7).contains(values[1]))
        #expect(values[2] == 32767)
        let seeds = (0..<20).map { ConfigTextFixture.parse("a ${_RANDOM}\n", seed: UInt64($0)).statements }
        #expect(Set(seeds).count > 1)
    }

    @Test func randomCoversItsWholeRange() {
        let text = String(repeating: "r ${_RANDOM 1 3}\n", count: 200)
        let values = Set(ConfigTextFixture.parse(text).statements)
        #expect(values == ["r 1", "r 2", "r 3"])
    }

    /// (line, error message)
    static let builtinErrors: [(String, String)] = [
        ("x ${_RANDOM a}", "${_RANDOM} takes numbers only"),
        ("x ${_RANDOM 1 2 3}", "${_RANDOM} takes 0 to 2 parameters, found 3"),
        ("x ${_ENV}", "${_ENV} takes 1 to 1 parameters, found 0"),
        ("x ${_RANDOM 9 3}", "${_RANDOM}: minimum 9 is above maximum 3; using 9"),
    ]

    @Test(arguments: builtinErrors)
    func badBuiltInParametersAreErrors(line: String, message: String) {
        let parsed = ConfigTextFixture.parse(line + "\n")
        #expect(ConfigTextFixture.messages(parsed) == [message])
    }

    @Test func aSelfReferencingDefinitionStopsWithAnError() {
        let parsed = ConfigTextFixture.parse("$A=$A\nx $A\ny\n")
        #expect(ConfigTextFixture.messages(parsed).first?.hasPrefix("more than 1000 substitutions") == true)
        #expect(parsed.statements == ["y"])
    }

    @Test func aGrowingDefinitionStopsAtTheLineLimit() {
        let parsed = ConfigTextFixture.parse("$A=x $A\nkey $A\ny\n")
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "line too long after substitution (more than 1023 bytes); line ignored"
            ])
        #expect(parsed.diagnostics.first?.location?.line == 2)
        #expect(parsed.statements == ["y"])
    }

    @Test func aSelfFeedingMultiLineDefinitionStopsAtTheLineLimit() {
        var limits = ParseLimits()
        limits.maxLines = 100
        let parsed = ConfigTextFixture.parse("$M= \\\nm \\\n$M\n$M\nafter\n", limits: limits)
        #expect(ConfigTextFixture.messages(parsed) == ["the configuration expands to more than 100 lines; stopping"])
        #expect(parsed.statements.count == 100)
    }

    @Test func multiLineDefinitionsNestedPastTheDepthLimitAreErrors() {
        var limits = ParseLimits()
        limits.maxExpansionDepth = 2
        let parsed = ConfigTextFixture.parse(
            "$C= \\\nc1 \\\nc2\n$B= \\\n$C \\\nb2\n$A= \\\n$B \\\na2\n$A\nafter\n", limits: limits)
        #expect(ConfigTextFixture.messages(parsed) == ["multi-line definitions nested more than 2 deep; line ignored"])
        #expect(parsed.statements == ["b2", "a2", "after"])
    }

    @Test func aSubstitutionLongerThanTheLineLimitIsAnError() {
        let long = String(repeating: "v", count: 1000)
        let parsed = ConfigTextFixture.parse("$L=\(long)\nok $L\nbad $L $L\n")
        #expect(parsed.statements == ["ok \(long)"])
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "line too long after substitution (more than 1023 bytes); line ignored"
            ])
        #expect(parsed.diagnostics.first?.location?.column == 8)
        #expect(parsed.diagnostics.first?.length == 2)
    }
}

/// `$NAME` inside a word, as keepalived 2.2.7 expands it (lib/parser.c, find_definition): a plain `$NAME`
/// ends only at a blank, `,`, `)` or the end of the line, so `label $IFACE:vip` keeps `$IFACE:vip` as
/// written (keepalived 2.2.7 installs the address with that literal label: checked in a namespace), while
/// `${IFACE}:vip` and a `$NAME` that ends the word expand.
@Suite struct DefinitionInsideAWordTests {
    static let cases: [(String, [String])] = [
        ("$IFACE=eth1\nvip dev $IFACE label $IFACE:vip\n", ["vip dev eth1 label $IFACE:vip"]),
        ("$IFACE=eth1\nvip dev $IFACE label ${IFACE}:vip\n", ["vip dev eth1 label eth1:vip"]),
        ("$IFACE=eth1\nvip label pre$IFACE\n", ["vip label preeth1"]),
        ("$IFACE=eth1\nvip label pre${IFACE}post\n", ["vip label preeth1post"]),
        ("$IFACE=eth1\nvip ($IFACE,$IFACE)\n", ["vip (eth1,eth1)"]),
    ]

    @Test(arguments: cases)
    func aDefinitionInsideAWordExpandsAsKeepalivedExpandsIt(text: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse(text)
        #expect(parsed.statements == statements, "\(parsed.diagnostics)")
    }
}
