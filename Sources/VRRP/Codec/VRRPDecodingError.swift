/// Why bytes from the wire are not a well-formed VRRP advertisement or IPv4 header.
public enum VRRPDecodingError: Error, Hashable, Sendable {
    /// Fewer bytes than the fixed header or than the length its address count implies.
    case truncated(needed: Int, available: Int)
    /// More bytes than the message needs, and not Ethernet minimum-frame padding.
    case lengthMismatch(expected: Int, received: Int)
    /// The version nibble is neither 2 (RFC 3768) nor 3 (RFC 5798).
    case unsupportedVersion(UInt8)
    /// The type nibble is not 1 (ADVERTISEMENT), RFC 5798 section 5.2.2.
    case unsupportedType(UInt8)
    /// A VRRPv2 auth type other than 0 (none), 1 (PASS) or 2 (AH), RFC 3768 section 5.3.6.
    case unknownAuthenticationType(UInt8)
    /// The checksum does not match the message under the given checksum context.
    case checksumMismatch(received: UInt16, expected: UInt16)
    /// The IP version nibble of a datagram read as IPv4 is not 4.
    case notIPv4(version: UInt8)
    /// The IPv4 IHL is below 5 words or runs past the received bytes.
    case invalidIPv4HeaderLength(Int)
    /// The IPv4 datagram carries IP protocol 51 (AH, RFC 2402), which Vigil does not implement.
    case ipAuthenticationHeaderUnsupported
    /// The IPv4 datagram carries neither VRRP (112) nor AH (51).
    case unexpectedIPProtocol(UInt8)
}
