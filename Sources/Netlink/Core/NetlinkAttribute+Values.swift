import NetworkPrimitives

extension NetlinkAttribute {
    /// The payload as one byte.
    public func uint8Value() throws(NetlinkDecodingError) -> UInt8 {
        guard payload.count == 1 else { throw sizeError(1) }
        return payload[0]
    }

    /// The payload as a host-order (little-endian) `u16`.
    public func uint16Value() throws(NetlinkDecodingError) -> UInt16 {
        guard payload.count == 2 else { throw sizeError(2) }
        return UInt16(payload[0]) | UInt16(payload[1]) << 8
    }

    /// The payload as a host-order (little-endian) `u32`.
    public func uint32Value() throws(NetlinkDecodingError) -> UInt32 {
        guard payload.count == 4 else { throw sizeError(4) }
        var reader = ByteReader(payload)
        do { return try reader.readUInt32LE() } catch { throw NetlinkDecodingError(error) }
    }

    /// The payload as a NUL-terminated string; bytes after the first NUL are ignored, and a
    /// missing terminator is tolerated.
    public var stringValue: String {
        String(decoding: payload.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// The payload decoded as an attribute stream (a nested attribute).
    public func nestedAttributes() throws(NetlinkDecodingError) -> [NetlinkAttribute] {
        try NetlinkAttribute.decodeAll(payload)
    }

    /// The payload as an IPv4 or IPv6 address, chosen by its length.
    public func addressValue() throws(NetlinkDecodingError) -> IPAddress {
        guard let address = IPAddress(bytes: payload) else {
            throw .badAddressLength(attribute: type, length: payload.count)
        }
        return address
    }

    private func sizeError(_ expected: Int) -> NetlinkDecodingError {
        .badAttributeSize(attribute: type, expected: expected, actual: payload.count)
    }
}

extension Array where Element == NetlinkAttribute {
    /// The last attribute of `type` (the kernel sends each at most once; the last wins as in libnl).
    public func last(ofType type: UInt16) -> NetlinkAttribute? {
        last { $0.type == type }
    }
}
