/// A `$NAME=` definition or one of keepalived's built-ins (Docs/Keepalived.md §2.1, "Definitions", "Built-ins").
struct Definition: Sendable {
    enum Value: Sendable {
        /// Replacement text of a one-line definition.
        case text([UInt8])
        /// The lines of a multi-line definition: the first replaces the reference, the rest are read next.
        case lines([[UInt8]])
        case builtin(Builtin)
    }

    enum Builtin: Sendable {
        case workingDirectory, instance, random, environment
    }

    var value: Value
    var minParameters = 0
    var maxParameters = 0
    var numericParameters = false

    /// A multi-line definition may only be referenced at the end of a line.
    var isMultiline: Bool {
        if case .lines = value { return true }
        return false
    }

    static let builtins: [String: Definition] = [
        "_PWD": Definition(value: .builtin(.workingDirectory)),
        "_INSTANCE": Definition(value: .builtin(.instance)),
        "_RANDOM": Definition(value: .builtin(.random), minParameters: 0, maxParameters: 2, numericParameters: true),
        "_ENV": Definition(value: .builtin(.environment), minParameters: 1, maxParameters: 1),
        "_HASH": Definition(value: .text(Array("#".utf8))),
        "_BANG": Definition(value: .text(Array("!".utf8))),
    ]
}
