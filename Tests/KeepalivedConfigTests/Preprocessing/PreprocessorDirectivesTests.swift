import Testing

@testable import KeepalivedConfig

@Suite struct PreprocessorDirectivesTests {
    /// (line, statements kept) with config id "lb1"; outcomes checked against keepalived 2.2.7.
    static let conditionCases: [(String, [String])] = [
        ("@lb1 priority 150", ["priority 150"]),
        ("@lb2 priority 150", []),
        ("@^lb1 priority 150", []),
        ("@^lb2 priority 150", ["priority 150"]),
        ("@lb1\tpriority 150", ["priority 150"]),
        ("@lb1", []),
        ("@lb priority 1", []),
        ("@lb1x priority 1", []),
        ("@ priority 1", []),
        ("  @lb1 indented 1", ["indented 1"]),
    ]

    @Test(arguments: conditionCases)
    func conditionalLinesMatchTheConfigID(line: String, kept: [String]) {
        let parsed = ConfigTextFixture.parse(line + "\n", configID: "lb1")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == kept)
    }

    @Test func conditionsWorkInsideBlocks() {
        let text = "vrrp_instance VI_0 {\n@high\tpriority 170\n@low\tpriority 85\n}\n"
        #expect(ConfigTextFixture.parse(text, configID: "high").statements == ["vrrp_instance VI_0", "priority 170"])
        #expect(ConfigTextFixture.parse(text, configID: "low").statements == ["vrrp_instance VI_0", "priority 85"])
    }

    /// (config, statements); outcomes checked against keepalived 2.2.7.
    static let definitionCases: [(String, [String])] = [
        ("$X=vx\nt $X", ["t vx"]),
        ("$X=vx\nt_$X", ["t_vx"]),
        ("$X=vx\nt_$Xy", ["t_$Xy"]),
        ("$X=vx\nt_$X,y", ["t_vx,y"]),
        ("$X=vx\nt($X)", ["t(vx)"]),
        ("$X=vx\nt_${X}y", ["t_vxy"]),
        ("$X=vx\nt_$X|", ["t_$X|"]),
        ("$A=$B\n$B=bb\nt $A", ["t bb"]),
        ("$X=1\n$X=2\nt $X", ["t 2"]),
        ("t $UNDEFINED", ["t $UNDEFINED"]),
        ("t ${UNDEFINED}", ["t $", "UNDEFINED"]),
        ("$E=\nt x$E", ["t x"]),
        ("$X = no space allowed\nt $X", ["$X = no space allowed", "t $X"]),
        ("$X=  leading blanks go\nt $X", ["t leading blanks go"]),
        ("  $X=indented\nt $X", ["t indented"]),
        ("$H=a\\#b\nt $H", ["t a"]),
        ("$Q=\"a # b\"\nt $Q", ["t a # b"]),
        ("$_PWD=mine\nt ${_PWD}", ["t mine"]),
        ("$X=vx\n~ tilde lines are left alone $X", ["~ tilde lines are left alone $X"]),
    ]

    @Test(arguments: definitionCases)
    func definitionsAreExpandedAtUseTime(config: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse(config + "\n")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == statements)
    }

    @Test func aSubstitutedTokenTakesTheColumnOfItsReference() {
        let parsed = ConfigTextFixture.parse("$VIP=10.0.0.1/24 dev eth0\n  list { $VIP extra }\n")
        let words = parsed.nodes.first?.children?.first?.words ?? []
        #expect(words.map(\.text) == ["10.0.0.1/24", "dev", "eth0", "extra"])
        #expect(words.map(\.location.column) == [10, 10, 10, 15])
        #expect(words.allSatisfy { $0.location.line == 2 })
    }

    @Test func multiLineDefinitionsFeedTheirLinesBackOneByOne() {
        let parsed = ConfigTextFixture.parse(
            """
            $VI= \\
            vrrp_instance VI_$ID { \\
               priority 1$ID \\
            }
            $ID=1
            $VI
            $ID=2
            $VI
            """)
        #expect(parsed.diagnostics == [])
        #expect(
            ConfigTextFixture.outline(parsed.nodes) == [
                "vrrp_instance VI_1", "{", "priority 11", "}", "vrrp_instance VI_2", "{", "priority 12", "}",
            ])
        let priority = parsed.nodes[1].children?.first?.keyword.location
        #expect(priority?.line == 8)
        #expect(priority?.column == 1)
    }

    /// (config, statements) for the end of a multi-line definition; checked against keepalived 2.2.7.
    static let multiLineCases: [(String, [String])] = [
        ("$M=m1 \\\nm2\nt_$M tail", ["t_$M tail"]),
        ("$M=m1 \\\nm2\nt_$M", ["t_m1", "m2"]),
        ("$L= \\\n  l1\nt_$L more", ["t_l1 more"]),
        ("$P=x \\\n\np_$P", ["p_x"]),
        ("$P=x \\\n# comment lines do not end it\ny\np_$P", ["p_x", "y"]),
        ("$P=x \\\n\\\ny\np_$P", ["p_x", "y"]),
        ("$P= \\\n$Q= \\\n  q1 \\\n  q2\nt $P\nu $Q", ["t $Q=", "q1", "q2", "u $Q"]),
    ]

    @Test(arguments: multiLineCases)
    func multiLineDefinitionsEndWhereKeepalivedEndsThem(config: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse(config + "\n")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == statements)
    }

    @Test func aMultiLineDefinitionCanHoldConditionsAndSequences() {
        let parsed = ConfigTextFixture.parse(
            "$B= \\\nfirst \\\n@lb1 only_lb1 \\\n@lb2 only_lb2 \\\n~SEQ(i,1,2) n$i\nblock {\n$B\n}\n",
            configID: "lb1")
        #expect(parsed.diagnostics == [])
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["block", "{", "first", "only_lb1", "n1", "n2", "}"])
    }

    @Test func includeCheckTurnsMissingIncludesIntoErrors() {
        let parsed = ConfigTextFixture.parse(
            "include missing1.conf\nglobal_defs {\n include_check\n}\ninclude missing2.conf\n")
        #expect(ConfigTextFixture.messages(parsed, .warning) == ["include 'missing1.conf' matches no file"])
        #expect(ConfigTextFixture.messages(parsed) == ["include 'missing2.conf' matches no file"])
        #expect(parsed.statements == ["global_defs", "include_check"])
    }

    /// (include_check arguments, include that matches nothing, is an error)
    static let includeCheckCases: [(String, String, Bool)] = [
        ("", "include x.conf", true),
        ("read", "include x.conf", false),
        ("match", "include x.conf", true),
        ("wildcard_match", "include *.none", true),
        ("wildcard_match", "include x.conf", false),
        ("brace_match", "include {x,y}.conf", true),
        ("match -match", "include x.conf", false),
        ("read +match", "include x.conf", true),
    ]

    @Test(arguments: includeCheckCases)
    func includeCheckArgumentsSelectTheChecks(arguments: String, include: String, isError: Bool) {
        let parsed = ConfigTextFixture.parse("include_check \(arguments)\n\(include)\n")
        #expect(parsed.hasErrors == isError)
        #expect(parsed.diagnostics.count == 1)
    }

    @Test func unknownIncludeCheckWordsAreErrors() {
        let parsed = ConfigTextFixture.parse("include_check bogus\n")
        #expect(ConfigTextFixture.messages(parsed) == ["unknown include_check type 'bogus' ignored"])
        #expect(parsed.diagnostics.first?.location?.column == 15)
    }
}
