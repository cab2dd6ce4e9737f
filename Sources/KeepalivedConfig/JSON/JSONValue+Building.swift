import NetworkPrimitives

extension JSONValue {
    /// An object from a literal list of members, in the order written.
    static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { JSONMember($0.key, $0.value) })
    }

    static func bool(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }

    static func text(_ value: (some CustomStringConvertible)?) -> JSONValue {
        value.map { .string($0.description) } ?? .null
    }

    static func seconds(_ duration: Duration?) -> JSONValue { duration.map { .seconds($0) } ?? .null }

    static func integer(_ value: (some BinaryInteger)?) -> JSONValue { value.map { .integer($0) } ?? .null }

    static func array<Element>(_ elements: [Element], _ transform: (Element) -> JSONValue) -> JSONValue {
        .array(elements.map(transform))
    }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }
}

extension ScriptCommand {
    /// `{"command": ..., "arguments": [...], "user": ..., "group": ...}`.
    var jsonValue: JSONValue {
        .object([
            "command": .string(commandLine), "arguments": .strings(arguments), "user": .optional(user),
            "group": .optional(group),
        ])
    }
}

extension Optional where Wrapped == ScriptCommand {
    var jsonValue: JSONValue { map(\.jsonValue) ?? .null }
}

extension TrackingWeight {
    /// `{"value": N, "reverse": BOOL}`.
    var jsonValue: JSONValue { .object(["value": .integer(value), "reverse": .bool(reverse)]) }
}

extension AddressFamily {
    var jsonValue: JSONValue { .string(rawValue) }
}
