import FoundationEssentials

extension StatusDocument {
    /// The document as pretty-printed JSON with sorted keys (what `GET /status` answers).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads what `jsonData()` wrote.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(StatusDocument.self, from: json)
    }
}
