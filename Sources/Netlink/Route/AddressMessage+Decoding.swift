import NetworkPrimitives

extension AddressMessage {
    /// Decodes an `RTM_NEWADDR` / `RTM_DELADDR` message (a reply, a dump entry or a notification).
    public init(_ message: NetlinkMessage) throws(NetlinkDecodingError) {
        guard message.header.type == .newAddress || message.header.type == .deleteAddress else {
            throw .unexpectedMessageType(message.header.type.rawValue)
        }
        try self.init(payload: message.payload)
    }

    /// Decodes `ifaddrmsg` and its attributes.
    public init(payload: [UInt8]) throws(NetlinkDecodingError) {
        var reader = ByteReader(payload)
        let (rawFamily, prefixLength, rawFlags, rawScope, rawIndex) = try NetlinkDecodingError.reading {
            () throws(ByteReaderError) in
            (
                try reader.readUInt8(), try reader.readUInt8(), try reader.readUInt8(), try reader.readUInt8(),
                try reader.readUInt32LE()
            )
        }
        guard let family = AddressFamily(linuxValue: rawFamily) else { throw .unsupportedAddressFamily(rawFamily) }
        self.init(
            family: family, prefixLength: prefixLength, flags: AddressFlags(rawValue: UInt32(rawFlags)),
            scope: AddressScope(rawValue: rawScope), interfaceIndex: InterfaceIndex(Int32(bitPattern: rawIndex)))
        let attributes = try NetlinkAttribute.decodeAll(payload.dropFirst(Self.fixedHeaderSize))
        for attribute in attributes { try apply(attribute) }
    }

    private mutating func apply(_ attribute: NetlinkAttribute) throws(NetlinkDecodingError) {
        switch attribute.type {
        case AddressAttribute.local: local = try familyAddress(attribute)
        case AddressAttribute.address: address = try familyAddress(attribute)
        case AddressAttribute.label: label = attribute.stringValue
        case AddressAttribute.broadcast:
            guard case .v4(let b) = try familyAddress(attribute) else { return }
            broadcast = b
        case AddressAttribute.cacheInfo: cacheInfo = try AddressCacheInfo(attribute: attribute)
        case AddressAttribute.flags: flags = AddressFlags(rawValue: try attribute.uint32Value())
        case AddressAttribute.addressProtocol: addressProtocol = try attribute.uint8Value()
        default: break
        }
    }

    private func familyAddress(_ attribute: NetlinkAttribute) throws(NetlinkDecodingError) -> IPAddress {
        let value = try attribute.addressValue()
        guard value.family == family else {
            throw .badAddressLength(attribute: attribute.type, length: attribute.payload.count)
        }
        return value
    }
}
