/// A generic netlink family as the controller describes it in `CTRL_CMD_NEWFAMILY`.
public struct GenericNetlinkFamily: Hashable, Sendable {
    /// The `nlmsg_type` for this family's requests.
    public var id: UInt16
    public var name: String
    public var version: UInt32
    public var headerSize: UInt32
    public var maximumAttribute: UInt32
    /// Multicast group names and ids.
    public var multicastGroups: [String: UInt32]

    public init(
        id: UInt16, name: String, version: UInt32 = 0, headerSize: UInt32 = 0, maximumAttribute: UInt32 = 0,
        multicastGroups: [String: UInt32] = [:]
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.headerSize = headerSize
        self.maximumAttribute = maximumAttribute
        self.multicastGroups = multicastGroups
    }

    /// Decodes the controller's reply to `CTRL_CMD_GETFAMILY`.
    public init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        guard message.header.type == .genericControl else { throw .unexpectedMessageType(message.header.type.rawValue) }
        let header = try GenericNetlinkHeader(payload: message.payload)
        guard header.command == GenericNetlinkControl.newFamilyCommand else {
            throw .unexpectedMessageType(UInt16(header.command))
        }
        let attributes = try NetlinkAttribute.decodeAll(message.payload.dropFirst(GenericNetlinkHeader.size))
        typealias A = GenericNetlinkControl.Attribute
        guard let id = attributes.last(ofType: A.familyID) else { throw .missingAttribute(A.familyID) }
        self.init(id: try id.uint16Value(), name: attributes.last(ofType: A.familyName)?.stringValue ?? "")
        version = try attributes.last(ofType: A.version)?.uint32Value() ?? 0
        headerSize = try attributes.last(ofType: A.headerSize)?.uint32Value() ?? 0
        maximumAttribute = try attributes.last(ofType: A.maximumAttribute)?.uint32Value() ?? 0
        if let groups = attributes.last(ofType: A.multicastGroups) {
            multicastGroups = try Self.decodeGroups(groups)
        }
    }

    private static func decodeGroups(_ attribute: NetlinkAttribute) throws(NetlinkDecodingError) -> [String: UInt32] {
        typealias A = GenericNetlinkControl.Attribute
        var groups: [String: UInt32] = [:]
        for entry in try attribute.nestedAttributes() {
            let fields = try entry.nestedAttributes()
            guard let name = fields.last(ofType: A.multicastGroupName)?.stringValue,
                let id = try fields.last(ofType: A.multicastGroupID)?.uint32Value()
            else { continue }
            groups[name] = id
        }
        return groups
    }
}
