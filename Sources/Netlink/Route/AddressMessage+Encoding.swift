import NetworkPrimitives

extension AddressMessage {
    /// The `ifaddrmsg` bytes; only the low eight flag bits fit here.
    var fixedHeader: [UInt8] {
        var w = ByteWriter(capacity: Self.fixedHeaderSize)
        w.write(family.linuxValue)
        w.write(prefixLength)
        w.write(UInt8(truncatingIfNeeded: flags.rawValue))
        w.write(scope.rawValue)
        w.writeLE(UInt32(bitPattern: interfaceIndex.rawValue))
        return w.bytes
    }

    /// Encodes the message with the attributes iproute2 sends, in its order: `IFA_LOCAL`, `IFA_LABEL`,
    /// `IFA_ADDRESS`, `IFA_BROADCAST`, `IFA_CACHEINFO`, then `IFA_FLAGS` when the flags need more
    /// than eight bits and `IFA_PROTO`. A deletion carries only the addresses, which is what the
    /// kernel matches on.
    public func encoded(type: NetlinkMessageType, flags messageFlags: NetlinkMessageFlags, sequence: UInt32)
        -> [UInt8]
    {
        var w = NetlinkMessageWriter(type: type, flags: messageFlags, sequence: sequence)
        w.appendFixedHeader(fixedHeader)
        if let local { w.appendAttribute(type: AddressAttribute.local, payload: local.bytes) }
        let deleting = type == .deleteAddress
        if let label, !deleting { w.appendAttribute(type: AddressAttribute.label, string: label) }
        if let address { w.appendAttribute(type: AddressAttribute.address, payload: address.bytes) }
        guard !deleting else { return w.finish() }
        if let broadcast { w.appendAttribute(type: AddressAttribute.broadcast, payload: broadcast.bytes) }
        if let cacheInfo { w.appendAttribute(type: AddressAttribute.cacheInfo, payload: cacheInfo.bytes) }
        if flags.rawValue > 0xff { w.appendAttribute(type: AddressAttribute.flags, uint32: flags.rawValue) }
        if let addressProtocol { w.appendAttribute(type: AddressAttribute.addressProtocol, uint8: addressProtocol) }
        return w.finish()
    }
}
