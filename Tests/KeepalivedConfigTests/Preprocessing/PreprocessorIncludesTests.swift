import Testing

@testable import KeepalivedConfig

@Suite struct PreprocessorIncludesTests {
    static let tree: [String: String] = [
        "/etc/keepalived/conf.d/10-a.conf": "a\n",
        "/etc/keepalived/conf.d/20-b.conf": "b\n",
        "/etc/keepalived/conf.d/30-c.cfg": "c\n",
        "/etc/keepalived/conf.d/.hidden.conf": "hidden\n",
        "/etc/keepalived/conf.d/sub/x.conf": "x\n",
        "/etc/keepalived/other/y.conf": "y\n",
        "/etc/keepalived/other/z.conf": "z\n",
        "/srv/abs.conf": "abs\n",
    ]

    /// (include line, statements it brings in, in order)
    static let cases: [(String, [String])] = [
        ("include conf.d/10-a.conf", ["a"]),
        ("include /srv/abs.conf", ["abs"]),
        ("include conf.d/*.conf", ["a", "b"]),
        ("include conf.d/[1-3]*", ["a", "b", "c"]),
        ("include conf.d/??-[ab].conf", ["a", "b"]),
        ("include conf.d/[^1]*.conf", ["b"]),
        ("include conf.d/[\\!1]*.conf", ["b"]),
        ("include conf.d/.h*", ["hidden"]),
        ("include conf.d/*/x.conf", ["x"]),
        ("include {other,conf.d}/*.conf", ["y", "z", "a", "b"]),
        ("include other/{z,y}.conf", ["z", "y"]),
        ("include ./conf.d/../other/y.conf", ["y"]),
        ("includer conf.d/10-a.conf", ["a"]),
        ("includea conf.d/10-a.conf", ["a"]),
        ("include   conf.d/10-a.conf", ["a"]),
    ]

    @Test(arguments: cases)
    func includesExpandGlobsAndBracesRelativeToTheIncludingFile(line: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse("before\n\(line)\nafter\n", files: Self.tree)
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == ["before"] + statements + ["after"])
    }

    @Test func nestedIncludesAreRelativeToTheirOwnFile() {
        let parsed = ConfigTextFixture.parse(
            "include conf.d/outer.conf\n",
            files: [
                "/etc/keepalived/conf.d/outer.conf": "outer\ninclude inner/*.conf\n",
                "/etc/keepalived/conf.d/inner/i.conf": "inner\n",
            ])
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == ["outer", "inner"])
    }

    @Test func tokensInIncludedFilesCarryTheIncludeChain() {
        let parsed = ConfigTextFixture.parse(
            "x\n  include a.conf\n",
            files: ["/etc/keepalived/a.conf": "\ninclude b.conf\n", "/etc/keepalived/b.conf": "vrrp_instance  VI_1\n"])
        let token = parsed.nodes.last?.arguments.first
        #expect(
            token?.location
                == SourceLocation(
                    file: "/etc/keepalived/b.conf", line: 1, column: 16,
                    includedFrom: [
                        IncludeSite(file: ConfigTextFixture.mainPath, line: 2, column: 3),
                        IncludeSite(file: "/etc/keepalived/a.conf", line: 2, column: 1),
                    ]))
    }

    @Test func blocksMaySpanIncludedFiles() {
        let parsed = ConfigTextFixture.parse(
            "vrrp_instance VI_1 {\ninclude body.conf\n}\n", files: ["/etc/keepalived/body.conf": "state MASTER\n"])
        #expect(parsed.diagnostics == [])
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["vrrp_instance VI_1", "{", "state MASTER", "}"])
    }

    @Test func definitionsCarryAcrossIncludes() {
        let parsed = ConfigTextFixture.parse(
            "include defs.conf\nuse $D\n", files: ["/etc/keepalived/defs.conf": "$D=from_include\n"])
        #expect(parsed.statements == ["use from_include"])
    }

    /// (include line, severity of the one diagnostic)
    static let missingCases: [(String, Diagnostic.Severity)] = [
        ("include missing.conf", .warning),
        ("include nodir/*.conf", .warning),
        ("include conf.d/*.none", .warning),
        ("includer missing.conf", .warning),
        ("includem missing.conf", .error),
        ("includew conf.d/*.none", .error),
        ("includem conf.d/*.none", .warning),
        ("includeb {conf.d/10-a.conf,missing.conf}", .error),
        ("include {conf.d/10-a.conf,missing.conf}", .warning),
        ("includea missing.conf", .error),
        ("include conf.d", .warning),
        ("include conf.d/*", .warning),
        ("include conf.d/[!1]*.conf", .warning),
        ("includer conf.d", .error),
    ]

    @Test(arguments: missingCases)
    func includesThatMatchNothingAreWarningsUnlessChecked(line: String, severity: Diagnostic.Severity) {
        let parsed = ConfigTextFixture.parse("\(line)\nafter\n", files: Self.tree)
        #expect(parsed.diagnostics.map(\.severity) == [severity])
        #expect(parsed.diagnostics.first?.location?.line == 1)
        #expect(parsed.statements.last == "after")
        if severity == .error { #expect(parsed.diagnostics.first?.exitClass == .fatal) }
    }

    @Test func aMissingIncludeNamesThePatternAsWritten() {
        let parsed = ConfigTextFixture.parse("include   extra/*.conf\n")
        #expect(ConfigTextFixture.messages(parsed, .warning) == ["include 'extra/*.conf' matches no file"])
        #expect(parsed.diagnostics.first?.location?.column == 11)
        #expect(parsed.diagnostics.first?.length == 12)
    }

    @Test func anIncludeCycleIsAnErrorAndEndsTheLoop() {
        let parsed = ConfigTextFixture.parse(
            "include a.conf\nend\n",
            files: ["/etc/keepalived/a.conf": "a\ninclude b.conf\n", "/etc/keepalived/b.conf": "b\ninclude a.conf\n"])
        #expect(
            ConfigTextFixture.messages(parsed) == [
                "include cycle: '/etc/keepalived/a.conf' is already being read; include ignored"
            ])
        let location = parsed.diagnostics.first?.location
        #expect(location?.file == "/etc/keepalived/b.conf")
        #expect(location?.line == 2)
        #expect(location?.includedFrom.map(\.file) == [ConfigTextFixture.mainPath, "/etc/keepalived/a.conf"])
        #expect(parsed.statements == ["a", "b", "end"])
    }

    @Test func aFileIncludingItselfIsACycle() {
        let parsed = ConfigTextFixture.parse("x\ninclude keepalived.conf\n")
        #expect(ConfigTextFixture.messages(parsed).count == 1)
        #expect(parsed.statements == ["x"])
    }

    @Test func theSameFileMayBeIncludedTwiceSideBySide() {
        let parsed = ConfigTextFixture.parse(
            "include a.conf\ninclude a.conf\n", files: ["/etc/keepalived/a.conf": "a\n"])
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == ["a", "a"])
    }

    /// keepalived 2.2.7 applies `@` conditions and definitions before it recognises an include.
    @Test func includesMayBeConditionalOrProducedByDefinitions() {
        let files = ["/etc/keepalived/a.conf": "a\n", "/etc/keepalived/b.conf": "b\n"]
        let parsed = ConfigTextFixture.parse(
            "@lb1 include a.conf\n@lb2 include b.conf\n$I=include b.conf\n$I\n", files: files, configID: "lb1")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == ["a", "b"])
    }

    @Test func anIncludeAfterABraceIsRecognised() {
        let parsed = ConfigTextFixture.parse("blk { include a.conf\n}\n", files: ["/etc/keepalived/a.conf": "a\n"])
        #expect(ConfigTextFixture.outline(parsed.nodes) == ["blk", "{", "a", "}"])
    }

    @Test func includeCheckReturnsToItsValueWhenTheIncludedFileEnds() {
        let parsed = ConfigTextFixture.parse(
            "include a.conf\ninclude missing.conf\n",
            files: ["/etc/keepalived/a.conf": "include_check\ninclude m1.conf\n"])
        #expect(parsed.diagnostics.map(\.severity) == [.error, .warning])
    }

    @Test func anUnreadableFileIsReported() {
        struct Failing: ConfigFileSystem {
            let inner = InMemoryFileSystem(files: [
                ConfigTextFixture.mainPath: "include locked.conf\nafter\n", "/etc/keepalived/locked.conf": "",
            ])
            func readFile(_ path: String) throws(ConfigFileSystemError) -> [UInt8] {
                if path.hasSuffix("locked.conf") { throw .unreadable(path, reason: "Permission denied") }
                return try inner.readFile(path)
            }
            func listDirectory(_ path: String) -> [String]? { inner.listDirectory(path) }
            func environment(_ name: String) -> String? { nil }
        }
        let parsed = ConfigTextParser.parse(
            path: ConfigTextFixture.mainPath, options: ParseOptions(configID: "x"), fileSystem: Failing())
        #expect(
            ConfigTextFixture.messages(parsed, .warning) == [
                "cannot read '/etc/keepalived/locked.conf': Permission denied"
            ])
        #expect(parsed.statements == ["after"])
    }
}
