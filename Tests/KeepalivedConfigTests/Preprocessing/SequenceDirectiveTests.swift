import Testing

@testable import KeepalivedConfig

@Suite struct SequenceDirectiveTests {
    /// (line, statements); outcomes checked against keepalived 2.2.7 and its manual's examples.
    static let cases: [(String, [String])] = [
        ("~SEQ(i,3) s$i", ["s1", "s2", "s3"]),
        ("~SEQ(i,0) s$i", ["s1", "s0"]),
        ("~SEQ(i,-2) s$i", ["s-1", "s-2"]),
        ("~SEQ(i,2,4) s$i", ["s2", "s3", "s4"]),
        ("~SEQ(i,4,2) s$i", ["s4", "s3", "s2"]),
        ("~SEQ(i,5,-2,1) s$i", ["s5", "s3", "s1"]),
        ("~SEQ( i , 1 , 2 )   spaced $i", ["spaced 1", "spaced 2"]),
        ("~SEQx(j,0x9,0xb) h$j", ["h9", "ha", "hb"]),
        (
            "~SEQx(SUBNET, 144, 16, 192) ip_address fe80::20:${SUBNET}:1",
            [
                "ip_address fe80::20:90:1", "ip_address fe80::20:a0:1", "ip_address fe80::20:b0:1",
                "ip_address fe80::20:c0:1",
            ]
        ),
        ("~SEQ(i,010,011) octal$i", ["octal8", "octal9"]),
        ("~LST(a,1,2) l$a", ["l1", "l2"]),
        ("~LST(a, x , y) l$a", ["lx", "ly"]),
        ("~LST(a,1,2) ~LST(b,x,y) l${a}_$b", ["l1_x", "l1_y", "l2_x", "l2_y"]),
        ("~LST({p,q},{1,2},{3}) l${p}_${q}|", ["l1_2|", "l3_|"]),
        (
            "~LST({IP, IP1}, {10,1},{20,4}) ~SEQ(IP2,168,2,170) 192.${IP2}.${IP}.${IP1}",
            [
                "192.168.10.1", "192.170.10.1", "192.168.20.4", "192.170.20.4",
            ]
        ),
        ("~SEQ(i,1,2) ~SEQ(j,1,2) ${i}$j", ["11", "12", "21", "22"]),
        ("~SEQ(i,1,2) $i$i", ["$i1", "$i2"]),
    ]

    @Test(arguments: cases)
    func sequencesAndListsRepeatTheRestOfTheLine(line: String, statements: [String]) {
        let parsed = ConfigTextFixture.parse(line + "\n")
        #expect(parsed.diagnostics == [])
        #expect(parsed.statements == statements)
    }

    @Test func sequenceBoundsMayBeDefinitions() {
        let parsed = ConfigTextFixture.parse("$N=2\n~SEQ(i,$N) s$i\n")
        #expect(parsed.statements == ["s1", "s2"])
    }

    @Test func repeatedLinesKeepTheColumnsOfTheDirectiveLine() {
        let parsed = ConfigTextFixture.parse("list {\n  ~SEQ(i,1,2) 10.0.0.$i/24 dev eth0\n}\n")
        let children = parsed.nodes.first?.children ?? []
        #expect(children.map { $0.words.map(\.location.column) } == [[15, 28, 32], [15, 28, 32]])
        #expect(children.allSatisfy { $0.location.line == 2 })
    }

    @Test func sequencesCanRepeatWholeBlocksThroughAMultiLineDefinition() {
        let parsed = ConfigTextFixture.parse(
            """
            $VI4= \\
            vrrp_instance vrrp4.${IF}.${ID} { \\
                virtual_router_id ${ID} \\
            }
            ~SEQ(IF,0,1) ~SEQ(ID,1,2) $VI4
            """)
        #expect(parsed.diagnostics == [])
        #expect(
            parsed.statements == [
                "vrrp_instance vrrp4.0.1", "virtual_router_id 1", "vrrp_instance vrrp4.0.2", "virtual_router_id 2",
                "vrrp_instance vrrp4.1.1", "virtual_router_id 1", "vrrp_instance vrrp4.1.2", "virtual_router_id 2",
            ])
        #expect(parsed.nodes.count == 4)
    }

    /// (line, error message)
    static let invalidCases: [(String, String)] = [
        ("~SEQ(3) s", "invalid ~SEQ definition: expected '(variable, ...)'"),
        ("~SEQ i,3) s", "expected '(' after ~SEQ"),
        ("~SEQ(i,1,2 s", "~SEQ is missing its ')'"),
        ("~SEQ(i,1,0,3) s", "invalid ~SEQ values: the step must move from start towards end"),
        ("~SEQ(i,1,-1,3) s", "invalid ~SEQ values: the step must move from start towards end"),
        ("~SEQ(i,a) s", "invalid ~SEQ definition"),
        ("~SEQ(i,1,2,3,4) s", "invalid ~SEQ definition"),
        ("~SEQx(i,-3,0) s", "~SEQx needs numbers that are not negative"),
        (
            "~SEQ(i, 1111111111111111111111, 2222222222222222222222222, 33333333333333333333) s",
            "~SEQ parameters are too long"
        ),
        ("~SEQUENCE(i,3) s", "expected '(' after ~SEQ"),
        ("~LST(a) s", "invalid ~LST specification"),
        ("~LST(a,1 s", "invalid ~LST specification"),
        ("~LST(a,1,2", "~LST is missing its ')'"),
        ("~LST({a},{1,2}) s", "~LST specification has too many values"),
        ("~LST a,1) s", "expected '(' after ~LST"),
    ]

    @Test(arguments: invalidCases)
    func invalidDirectivesAreErrorsAtTheDirective(line: String, message: String) {
        let parsed = ConfigTextFixture.parse("  " + line + "\nnext\n")
        #expect(ConfigTextFixture.messages(parsed) == [message])
        #expect(parsed.diagnostics.first?.location?.column == 3)
        #expect(parsed.statements == ["next"])
    }
}
