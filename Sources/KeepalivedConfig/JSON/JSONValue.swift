/// A JSON document (RFC 8259) built in memory: objects keep their members in insertion order so that
/// rendering is deterministic. Numbers are stored as their decimal text, so durations print exactly.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number in JSON syntax, e.g. `42`, `-1`, `0.5`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// An integer number.
    public static func integer(_ value: some BinaryInteger) -> JSONValue { .number(String(value)) }

    /// A duration as decimal seconds (at most six decimals).
    public static func seconds(_ duration: Duration) -> JSONValue { .number(duration.secondsText) }

    /// A string, or `null` when absent.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The element at `index` of an array.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
