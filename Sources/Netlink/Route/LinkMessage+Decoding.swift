import NetworkPrimitives

extension LinkMessage {
    /// Decodes an `RTM_NEWLINK` / `RTM_DELLINK` message.
    public init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        guard message.header.type == .newLink || message.header.type == .deleteLink else {
            throw .unexpectedMessageType(message.header.type.rawValue)
        }
        try self.init(payload: message.payload)
    }

    /// Decodes `ifinfomsg` and its attributes.
    public init(payload: [UInt8]) throws(NetlinkDecodingError) {
        var reader = ByteReader(payload)
        let (family, deviceType, index, flags, change) = try NetlinkDecodingError.reading {
            () throws(ByteReaderError) in
            let family = try reader.readUInt8()
            try reader.skip(1)
            return (
                family, try reader.readUInt16LE(), try reader.readUInt32LE(), try reader.readUInt32LE(),
                try reader.readUInt32LE()
            )
        }
        self.init(
            family: family, deviceType: deviceType, index: InterfaceIndex(Int32(bitPattern: index)),
            flags: InterfaceFlags(rawValue: flags), change: change)
        for attribute in try NetlinkAttribute.decodeAll(payload.dropFirst(Self.fixedHeaderSize)) {
            try apply(attribute)
        }
    }

    private mutating func apply(_ attribute: NetlinkAttribute) throws(NetlinkDecodingError) {
        switch attribute.type {
        case LinkAttribute.name: name = attribute.stringValue
        case LinkAttribute.mtu: mtu = try attribute.uint32Value()
        case LinkAttribute.address: hardwareAddress = MACAddress(bytes: attribute.payload)
        case LinkAttribute.operationalState: operationalState = OperationalState(rawValue: try attribute.uint8Value())
        case LinkAttribute.carrier: carrier = try attribute.uint8Value() != 0
        case LinkAttribute.master: master = InterfaceIndex(Int32(bitPattern: try attribute.uint32Value()))
        default: break
        }
    }
}
