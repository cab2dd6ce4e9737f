import NetworkPrimitives

/// The VRRP checksum: RFC 3768 section 5.3.8 for v2, RFC 5798 section 5.2.8 for v3.
public enum VRRPChecksum {
    /// The value to put in the checksum field of `message` (its current checksum bytes are ignored).
    public static func compute(
        _ message: ArraySlice<UInt8>, version: VRRPVersion, family: AddressFamily, context: VRRPChecksumContext
    ) -> UInt16 {
        var sum = InternetChecksum()
        addPseudoHeader(to: &sum, length: message.count, version: version, family: family, context: context)
        let start = message.startIndex
        let fieldStart = min(start + 6, message.endIndex)
        let fieldEnd = min(start + 8, message.endIndex)
        sum.add(message[start..<fieldStart])
        sum.add(message[fieldEnd...])
        return sum.value
    }

    /// True when the checksum carried in `message` is correct under `context`.
    public static func isValid(
        _ message: ArraySlice<UInt8>, version: VRRPVersion, family: AddressFamily, context: VRRPChecksumContext
    ) -> Bool {
        guard message.count >= 8 else { return false }
        let start = message.startIndex
        let carried = UInt16(message[start + 6]) << 8 | UInt16(message[start + 7])
        return compute(message, version: version, family: family, context: context) == carried
    }

    private static func addPseudoHeader(
        to sum: inout InternetChecksum, length: Int, version: VRRPVersion, family: AddressFamily,
        context: VRRPChecksumContext
    ) {
        switch family {
        case .inet6:
            // RFC 8200 section 8.1: source, destination, 32-bit length, 24 zero bits, next header.
            sum.add(context.source.bytes)
            sum.add(context.destination.bytes)
            sum.add(UInt16(truncatingIfNeeded: length >> 16))
            sum.add(UInt16(truncatingIfNeeded: length))
            sum.add(UInt16(0))
            sum.add(UInt16(VRRPCodec.ipProtocolNumber))
        case .inet:
            guard version == .v3 else { return }
            let destination: IPAddress
            switch context.mode {
            case .v3AsV2: return
            case .standard: destination = context.destination
            case .oldUnicast: destination = .v4(.vrrpMulticastGroup)
            }
            // RFC 768-style IPv4 pseudo-header: source, destination, zero, protocol, length.
            sum.add(context.source.bytes)
            sum.add(destination.bytes)
            sum.add(UInt16(VRRPCodec.ipProtocolNumber))
            sum.add(UInt16(truncatingIfNeeded: length))
        }
    }
}
