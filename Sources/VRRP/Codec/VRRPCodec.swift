import NetworkPrimitives

// VRRP message layouts (IP protocol 112). Every field is big-endian.
//
//  VRRPv2, RFC 3768 section 5.1                  VRRPv3, RFC 5798 section 5.1
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version| Type  | Virtual Rtr ID|   Priority    | Count IP Addrs|
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Auth Type   | Adver Int (s) |          Checksum             |  v2
// |(rsvd) |  Max Adver Int (cs)   |          Checksum             |  v3
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |              IPvX Address(es): Count x 4 or 16 bytes          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Authentication Data (8 bytes): v2 over IPv4 only; zero for  |
// |   auth type 0 and 2, the NUL-padded password for type 1       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Checksums (VRRPChecksum): v2 over the message only; v3/IPv4 over an IPv4 pseudo-header
// {src, dst, 0, 112, length} then the message; v3/IPv6 (and keepalived's v2/IPv6) over the IPv6
// pseudo-header {src, dst, length32, 0, 0, 0, 112} then the message.

/// Encodes and decodes VRRP advertisements (RFC 3768 section 5, RFC 5798 section 5).
public enum VRRPCodec {
    /// IANA protocol number of VRRP.
    public static let ipProtocolNumber: UInt8 = 112
    /// VRRPv2/IPv4 authentication data length (RFC 3768 section 5.3.10).
    public static let authenticationDataLength = 8
    /// Type 1, the only VRRP packet type (RFC 5798 section 5.2.2).
    public static let advertisementType: UInt8 = 1

    /// The wire bytes of `advertisement`, checksum filled in. Addresses of the other family are
    /// left out and at most 255 are sent; the interval is rounded to whole seconds (v2, 0-255) or
    /// centiseconds (v3, 0-4095); v3 carries no authentication.
    public static func encode(
        _ advertisement: VRRPAdvertisement, family: AddressFamily, checksum context: VRRPChecksumContext
    ) -> [UInt8] {
        // Counted and written by hand: a lazy filter would box its closure, one allocation per advert.
        var addressCount = 0
        for address in advertisement.addresses where address.family == family && addressCount < 255 {
            addressCount += 1
        }
        let version = advertisement.version
        var writer = ByteWriter(capacity: 16 + 16 * addressCount)
        writer.write(version.rawValue << 4 | advertisementType)
        writer.write(advertisement.virtualRouterID)
        writer.write(advertisement.priority)
        writer.write(UInt8(addressCount))
        switch version {
        case .v2:
            writer.write(advertisement.authentication.wireType)
            writer.write(UInt8(roundedUnits(of: advertisement.advertisementInterval, unit: .seconds(1), maximum: 255)))
        case .v3:
            writer.write(
                UInt16(roundedUnits(of: advertisement.advertisementInterval, unit: .milliseconds(10), maximum: 4095)))
        }
        writer.write(UInt16(0))
        var written = 0
        for address in advertisement.addresses where address.family == family && written < addressCount {
            writeAddress(address, to: &writer)
            written += 1
        }
        if version == .v2 && family == .inet {
            writer.write(contentsOf: authenticationData(advertisement.authentication))
        }
        let sum = VRRPChecksum.compute(writer.bytes[...], version: version, family: family, context: context)
        // Filled in through the writer: a copy of its bytes would be shared with it and copied again.
        writer.set(sum, at: 6)
        return writer.bytes
    }

    /// Decodes a VRRP message without verifying its checksum. `ipHeaderLength` is the IPv4
    /// header (and AH) length in front of `bytes`, counted when judging Ethernet padding.
    public static func decode(
        _ bytes: [UInt8], family: AddressFamily, ipHeaderLength: Int = 0
    ) throws(VRRPDecodingError) -> VRRPPacket {
        var addresses: [IPAddress] = []
        return try decode(bytes, family: family, ipHeaderLength: ipHeaderLength, reusing: &addresses)
    }

    /// `decode(_:family:ipHeaderLength:)` reading the addresses into `addresses`, emptied first with
    /// its storage kept: the advertisement's list shares that storage, so a receiver that keeps
    /// `addresses` from advert to advert (and no advert past the next) allocates no list per advert.
    public static func decode(
        _ bytes: [UInt8], family: AddressFamily, ipHeaderLength: Int = 0, reusing addresses: inout [IPAddress]
    ) throws(VRRPDecodingError) -> VRRPPacket {
        let header = try VRRPWireHeader(parsing: bytes)
        guard let version = header.version else { throw .unsupportedVersion(header.versionNumber) }
        guard header.typeNumber == advertisementType else { throw .unsupportedType(header.typeNumber) }
        let length = try checkedLength(
            of: header, family: family, received: bytes.count, ipHeaderLength: ipHeaderLength)
        var reader = ByteReader(bytes, offset: VRRPWireHeader.length)
        addresses.removeAll(keepingCapacity: true)
        readAddresses(&reader, count: Int(header.addressCount), family: family, into: &addresses)
        let authentication: VRRPAuthentication
        switch version {
        case .v2: authentication = try readAuthentication(&reader, type: header.v2AuthenticationType, family: family)
        case .v3: authentication = .none
        }
        let advertisement = VRRPAdvertisement(
            version: version, virtualRouterID: header.virtualRouterID, priority: header.priority,
            advertisementInterval: header.advertisementInterval, addresses: addresses, authentication: authentication)
        return VRRPPacket(advertisement: advertisement, checksum: header.checksum, wireLength: length)
    }

    /// Decodes a VRRP message and verifies its checksum under `context`.
    public static func decode(
        _ bytes: [UInt8], family: AddressFamily, checksum context: VRRPChecksumContext, ipHeaderLength: Int = 0
    ) throws(VRRPDecodingError) -> VRRPPacket {
        let packet = try decode(bytes, family: family, ipHeaderLength: ipHeaderLength)
        let message = bytes[0..<packet.wireLength]
        let expected = VRRPChecksum.compute(
            message, version: packet.advertisement.version, family: family, context: context)
        guard expected == packet.checksum else {
            throw .checksumMismatch(received: packet.checksum, expected: expected)
        }
        return packet
    }

    /// The message length after checking `received` against it, padding allowed.
    static func checkedLength(
        of header: VRRPWireHeader, family: AddressFamily, received: Int, ipHeaderLength: Int
    ) throws(VRRPDecodingError) -> Int {
        let length = header.messageLength(family: family)
        guard received >= length else { throw .truncated(needed: length, available: received) }
        if received > length
            && !EthernetPadding.isTolerated(expected: ipHeaderLength + length, received: ipHeaderLength + received)
        {
            throw .lengthMismatch(expected: length, received: received)
        }
        return length
    }
}
