import NetworkPrimitives

// Value readers the IPVS family needs beyond the core ones.
extension NetlinkAttribute {
    /// The payload as a host-order (little-endian) `u64`.
    func uint64Value() throws(NetlinkDecodingError) -> UInt64 {
        guard payload.count == 8 else {
            throw .badAttributeSize(attribute: type, expected: 8, actual: payload.count)
        }
        return payload.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The payload as a network-order `u16` (IPVS ports).
    func bigEndianUInt16Value() throws(NetlinkDecodingError) -> UInt16 {
        guard payload.count == 2 else {
            throw .badAttributeSize(attribute: type, expected: 2, actual: payload.count)
        }
        return UInt16(payload[0]) << 8 | UInt16(payload[1])
    }

    /// An address in a `union nf_inet_addr` (16 bytes, IPv4 in the first four); an exact-size
    /// payload is accepted too.
    func inetAddressValue(family: AddressFamily) throws(NetlinkDecodingError) -> IPAddress {
        let length = family.addressLength
        guard payload.count == length || payload.count == 16,
            let address = IPAddress(bytes: payload.prefix(length))
        else { throw .badAddressLength(attribute: type, length: payload.count) }
        return address
    }

    /// A u16 `AF_*` value as an address family.
    func addressFamilyValue() throws(NetlinkDecodingError) -> AddressFamily {
        let raw = try uint16Value()
        guard raw <= UInt8.max, let family = AddressFamily(linuxValue: UInt8(raw)) else {
            throw .unsupportedAddressFamily(UInt8(truncatingIfNeeded: raw))
        }
        return family
    }
}
