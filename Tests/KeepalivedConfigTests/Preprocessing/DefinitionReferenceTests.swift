import Testing

@testable import KeepalivedConfig

@Suite struct DefinitionReferenceTests {
    /// (text with the `$` at index 0, name, parameters, length of the reference) or nil when not a reference.
    static let cases: [(String, String?, [String], Int)] = [
        ("$NAME", "NAME", [], 5),
        ("$NAME rest", "NAME", [], 5),
        ("$NAME,", "NAME", [], 5),
        ("$NAME)", "NAME", [], 5),
        ("$NAME.", nil, [], 0),
        ("$NAME$X", nil, [], 0),
        ("${NAME}x", "NAME", [], 7),
        ("${_ENV HOME}", "_ENV", ["HOME"], 12),
        ("${_RANDOM  1   9}", "_RANDOM", ["1", "9"], 17),
        ("${_RANDOM 1 }", nil, [], 0),
        ("${NAME  }", "NAME", [], 9),
        ("${ NAME}", nil, [], 0),
        ("${NAME", nil, [], 0),
        ("$1X", nil, [], 0),
        ("$_x9", "_x9", [], 4),
    ]

    @Test(arguments: cases)
    func referencesFollowKeepalivedsTerminatorRules(text: String, name: String?, parameters: [String], length: Int) {
        let reference = DefinitionReference.parse(Array(text.utf8), dollar: 0)
        #expect(reference?.name == name)
        if let reference {
            #expect(reference.parameters == parameters)
            #expect(reference.range == 0..<length)
        }
    }
}
