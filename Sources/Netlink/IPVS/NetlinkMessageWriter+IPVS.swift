import NetworkPrimitives

// Attribute encodings the IPVS family needs beyond the core ones.
extension NetlinkMessageWriter {
    /// Appends a network-order `u16` attribute (IPVS ports).
    mutating func appendAttribute(type: UInt16, bigEndianUInt16 value: UInt16) {
        appendAttribute(type: type, payload: [UInt8(value >> 8), UInt8(truncatingIfNeeded: value)])
    }

    /// Appends an address as a 16-byte `union nf_inet_addr`, IPv4 in the first four bytes.
    mutating func appendAttribute(type: UInt16, inetAddress address: IPAddress) {
        let bytes = address.bytes
        appendAttribute(type: type, payload: bytes + [UInt8](repeating: 0, count: 16 - bytes.count))
    }

    /// Appends a u16 `AF_*` attribute.
    mutating func appendAttribute(type: UInt16, family: AddressFamily) {
        appendAttribute(type: type, uint16: UInt16(family.linuxValue))
    }
}
