import NetworkPrimitives

// IPv4 header, RFC 791 section 3.1 (raw IPv4 sockets deliver it in front of VRRP):
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version|  IHL  |Type of Service|          Total Length         |
// |         Identification        |Flags|      Fragment Offset    |
// |  Time to Live |    Protocol   |         Header Checksum       |
// |                       Source Address                          |
// |                    Destination Address                        |
// |                    Options (IHL > 5, skipped)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

/// An IPv4 header (RFC 791 section 3.1); options are skipped on decode and never encoded.
public struct IPv4Header: Hashable, Sendable {
    /// Length of a header without options.
    public static let minimumLength = 20

    /// Header length in bytes (IHL x 4) as received; `encode()` always writes 20.
    public var headerLength: Int
    public var typeOfService: UInt8
    public var totalLength: UInt16
    public var identification: UInt16
    /// The three flag bits (reserved, DF, MF).
    public var flags: UInt8
    /// Fragment offset in 8-byte units.
    public var fragmentOffset: UInt16
    public var timeToLive: UInt8
    public var protocolNumber: UInt8
    public var headerChecksum: UInt16
    public var source: IPv4Address
    public var destination: IPv4Address

    public init(
        headerLength: Int = IPv4Header.minimumLength, typeOfService: UInt8, totalLength: UInt16,
        identification: UInt16, flags: UInt8 = 0, fragmentOffset: UInt16 = 0, timeToLive: UInt8,
        protocolNumber: UInt8, headerChecksum: UInt16 = 0, source: IPv4Address, destination: IPv4Address
    ) {
        self.headerLength = headerLength
        self.typeOfService = typeOfService
        self.totalLength = totalLength
        self.identification = identification
        self.flags = flags
        self.fragmentOffset = fragmentOffset
        self.timeToLive = timeToLive
        self.protocolNumber = protocolNumber
        self.headerChecksum = headerChecksum
        self.source = source
        self.destination = destination
    }

    /// The header keepalived puts on an advert (Docs/Keepalived.md §3.2): TOS 0xC0, no DF, protocol 112.
    public static func vrrp(
        source: IPv4Address, destination: IPv4Address, identification: UInt16, payloadLength: Int,
        timeToLive: UInt8 = 255
    ) -> IPv4Header {
        IPv4Header(
            typeOfService: 0xc0, totalLength: UInt16(clamping: minimumLength + payloadLength),
            identification: identification, timeToLive: timeToLive, protocolNumber: VRRPCodec.ipProtocolNumber,
            source: source, destination: destination)
    }

    /// Reads the header at the start of `bytes`; the header checksum is kept, not verified (the
    /// kernel has verified it before a raw socket sees the datagram).
    public static func decode(_ bytes: [UInt8]) throws(VRRPDecodingError) -> IPv4Header {
        guard bytes.count >= minimumLength else { throw .truncated(needed: minimumLength, available: bytes.count) }
        let version = bytes[0] >> 4
        guard version == 4 else { throw .notIPv4(version: version) }
        let headerLength = Int(bytes[0] & 0x0f) * 4
        guard headerLength >= minimumLength, headerLength <= bytes.count else {
            throw .invalidIPv4HeaderLength(headerLength)
        }
        func word(_ offset: Int) -> UInt16 { UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]) }
        func address(_ offset: Int) -> IPv4Address {
            IPv4Address(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3])
        }
        return IPv4Header(
            headerLength: headerLength, typeOfService: bytes[1], totalLength: word(2), identification: word(4),
            flags: bytes[6] >> 5, fragmentOffset: word(6) & 0x1fff, timeToLive: bytes[8], protocolNumber: bytes[9],
            headerChecksum: word(10), source: address(12), destination: address(16))
    }

    /// The 20 header bytes with a freshly computed header checksum.
    public func encode() -> [UInt8] {
        var writer = ByteWriter(capacity: Self.minimumLength)
        writer.write(UInt8(0x45))
        writer.write(typeOfService)
        writer.write(totalLength)
        writer.write(identification)
        writer.write(UInt16(flags & 0x7) << 13 | fragmentOffset & 0x1fff)
        writer.write(timeToLive)
        writer.write(protocolNumber)
        writer.write(UInt16(0))
        writer.write(source.value)
        writer.write(destination.value)
        writer.set(InternetChecksum.compute(writer.bytes), at: 10)
        return writer.bytes
    }
}
