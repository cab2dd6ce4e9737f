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

    /// (text, expected outline)
    static let blockCases: [(String, [String])] = [
        ("a {\n}\n", ["a", "{", "}"]),
        ("a\n{\nb\n}\n", ["a", "{", "b", "}"]),
        ("a\n# comment\n\n{\nb\n}\n", ["a", "{", "b", "}"]),
        ("a { b }\n", ["a", "{", "b", "}"]),
        ("a { b { c } }\n", ["a", "{", "b", "{", "c", "}", "}"]),
        ("a {\n} b\n", ["a", "{", "}", "b"]),
        (
            "list {\n 10.0.0.1/24 dev eth0\n 10.0.0.2/24\n}\n",
            ["list", "{", "10.0.0.1/24 dev eth0", "10.0.0.2/24", "}"]
        ),
        ("x \"{\" y\n", ["x { y"]),
        ("a\nb\n", ["a", "b"]),
    ]

    @Test(arguments: blockCases)
    func statementsFollowedByABraceGetChildren(text: String, outline: [String]) {
        let parsed = ConfigTextFixture.parse(text)
        #expect(parsed.diagnostics == [])
        #expect(ConfigTextFixture.outline(parsed.nodes) == outline)
    }

    @Test func anEmptyBlockHasNoChildrenButIsNotNil() {
        let parsed = ConfigTextFixture.parse("a {\n}\nb\n")
        #expect(parsed.nodes[0].children == [])
        #expect(parsed.nodes[1].children == nil)
        #expect(parsed.nodes[0].blockEnd == SourceLocation(file: ConfigTextFixture.mainPath, line: 2, column: 1))
    }

    /// (line, expected (word, column) pairs)
    static let columnCases: [(String, [(String, Int)])] = [
        ("a b", [("a", 1), ("b", 3)]),
        ("\tpriority 100", [("priority", 2), ("100", 11)]),
        ("  x \"quoted words\" y", [("x", 3), ("quoted words", 5), ("y", 20)]),
        ("x \\#y z", [("x", 1), ("#y", 4), ("z", 7)]),
        ("@lb1 state MASTER", [("state", 6), ("MASTER", 12)]),
        ("@^other   state BACKUP", [("state", 11), ("BACKUP", 17)]),
    ]

    @Test(arguments: columnCases)
    func everyTokenKeepsItsColumn(line: String, expected: [(String, Int)]) {
        let parsed = ConfigTextFixture.parse(line + "\n")
        let words = parsed.nodes.first?.words ?? []
        #expect(words.map(\.text) == expected.map(\.0))
        #expect(words.map(\.location.column) == expected.map(\.1))
        #expect(words.allSatisfy { $0.location.line == 1 && $0.location.file == ConfigTextFixture.mainPath })
    }

    @Test func tokensAfterABraceKeepTheirColumns() {
        let parsed = ConfigTextFixture.parse("virtual_ipaddress { 10.0.0.1/24 }\n")
        let vip = parsed.nodes[0].children?.first?.keyword
        #expect(vip?.text == "10.0.0.1/24")
        #expect(vip?.location.column == 21)
    }

    @Test func quotedTokensAreMarked() {
        let parsed = ConfigTextFixture.parse("script \"/bin/check a\" plain\n")
        #expect(parsed.nodes[0].arguments.map(\.wasQuoted) == [true, false])
    }

    @Test func theRawLineIsThePreprocessedText() {
        let parsed = ConfigTextFixture.parse("$S=/bin/true\nscript   \"$S --x\"  # c\n")
        #expect(parsed.nodes[0].rawLine == "script   \"/bin/true --x\"")
    }

    @Test func anUnterminatedQuoteIsAnErrorAtTheQuote() {
        let parsed = ConfigTextFixture.parse("router_id \"abc\n")
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics.first?.message == "missing terminating '\"' character")
        #expect(parsed.diagnostics.first?.location?.column == 11)
        #expect(parsed.diagnostics.first?.length == 4)
        #expect(parsed.nodes.first?.words.map(\.text) == ["router_id"])
    }

    @Test func scriptKeywordsMayCarryAStrayQuoteInALaterWord() {
        let parsed = ConfigTextFixture.parse("notify \"a \\\"b\"\n")
        #expect(parsed.diagnostics == [])
    }

    @Test func lineEndingsWithCarriageReturnsAreAccepted() {
        let parsed = ConfigTextFixture.parse("a {\r\n  b 1\r\n}\r\n")
        #expect(parsed.diagnostics == [])
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["a", "{", "b 1", "}"])
    }

    @Test func aMissingMainFileIsFatal() {
        let parsed = ConfigTextParser.parse(
            path: "/nope.conf", options: ParseOptions(configID: "x"), fileSystem: InMemoryFileSystem(files: [:]))
        #expect(parsed.nodes == [])
        #expect(parsed.diagnostics.map(\.exitClass) == [.fatal])
    }

    @Test func theMainPathMayBeRelativeToTheWorkingDirectory() {
        let parsed = ConfigTextParser.parse(
            path: "keepalived.conf",
            options: ParseOptions(configID: "x", workingDirectory: "/etc/keepalived"),
            fileSystem: InMemoryFileSystem(files: ["/etc/keepalived/keepalived.conf": "a ${_PWD}\n"]))
        #expect(ConfigTextFixture.lines(parsed.nodes) == [["a", "/etc/keepalived"]])
    }
}
