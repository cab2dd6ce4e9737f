import NetworkPrimitives

extension IPv4Header {
    /// Splits a datagram from a raw IPv4 socket into its header and the VRRP message after it;
    /// AH-protected adverts (protocol 51) are recognised and refused.
    public static func decodeVRRPDatagram(
        _ bytes: [UInt8]
    ) throws(VRRPDecodingError) -> (header: IPv4Header, message: [UInt8]) {
        let header = try decode(bytes)
        switch header.protocolNumber {
        case VRRPCodec.ipProtocolNumber: break
        case ipAuthenticationHeaderProtocol: throw .ipAuthenticationHeaderUnsupported
        default: throw .unexpectedIPProtocol(header.protocolNumber)
        }
        return (header, Array(bytes[header.headerLength...]))
    }

    /// IP protocol number of the IP Authentication Header (RFC 4302).
    public static let ipAuthenticationHeaderProtocol: UInt8 = 51
}
