/// The part of an `IPVS` family message after `nlmsghdr`: the generic netlink header and the
/// top-level attributes.
struct IPVSMessageBody {
    var command: UInt8
    var attributes: [NetlinkAttribute]

    init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        let header = try GenericNetlinkHeader(payload: message.payload)
        command = header.command
        attributes = try NetlinkAttribute.decodeAll(message.payload.dropFirst(GenericNetlinkHeader.size))
    }

    /// Requires the command to be `expected`.
    init(_ message: NetlinkMessage, expecting expected: IPVSCommand) throws(NetlinkDecodingError) {
        try self.init(message)
        guard command == expected.rawValue else { throw .unexpectedMessageType(UInt16(command)) }
    }

    /// The attributes inside the top-level nest `type`.
    func nest(_ type: UInt16) throws(NetlinkDecodingError) -> [NetlinkAttribute] {
        guard let nest = attributes.last(ofType: type) else { throw .missingAttribute(type) }
        return try nest.nestedAttributes()
    }
}
