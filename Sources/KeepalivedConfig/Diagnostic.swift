/// A finding about a configuration: a value, never thrown. Parsing collects all of them.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// keepalived's `-t` exit-status classes (Docs/Keepalived.md §2.1): the highest class seen wins.
    public enum Class: Int, Hashable, Sendable, Comparable {
        /// Not an error.
        case none = 0
        /// The config cannot run at all (file not found, fatal instance errors).
        case fatal = 4
        /// Any other configuration error.
        case error = 5
        /// A script-security violation.
        case security = 6

        public static func < (lhs: Class, rhs: Class) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A secondary line printed after the main one: enclosing block, include chain, suggestion.
    public struct Note: Hashable, Sendable {
        public var location: SourceLocation?
        public var message: String

        public init(location: SourceLocation? = nil, message: String) {
            self.location = location
            self.message = message
        }
    }

    public var severity: Severity
    public var exitClass: Class
    public var location: SourceLocation?
    public var message: String
    public var notes: [Note]
    /// Length of the span to underline after the caret (at least 1).
    public var length: Int

    public init(
        severity: Severity, exitClass: Class? = nil, location: SourceLocation?, message: String,
        notes: [Note] = [], length: Int = 1
    ) {
        self.severity = severity
        self.exitClass = exitClass ?? (severity == .error ? .error : .none)
        self.location = location
        self.message = message
        self.notes = notes
        self.length = max(length, 1)
    }

    public static func error(
        _ message: String, at location: SourceLocation?, notes: [Note] = [], length: Int = 1, exitClass: Class = .error
    ) -> Diagnostic {
        Diagnostic(severity: .error, exitClass: exitClass, location: location, message: message, notes: notes,
                   length: length)
    }

    public static func warning(_ message: String, at location: SourceLocation?, notes: [Note] = [], length: Int = 1)
        -> Diagnostic
    {
        Diagnostic(severity: .warning, location: location, message: message, notes: notes, length: length)
    }
}
