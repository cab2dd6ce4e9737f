import NetworkPrimitives

/// The fixed eight bytes that open every VRRP message, read without judging any field, so the
/// receive path can demultiplex by VRID and validate in keepalived's order (layout: `VRRPCodec`).
public struct VRRPWireHeader: Hashable, Sendable {
    /// Size of the fixed header in bytes.
    public static let length = 8

    /// The high nibble of byte 0.
    public var versionNumber: UInt8
    /// The low nibble of byte 0.
    public var typeNumber: UInt8
    public var virtualRouterID: UInt8
    public var priority: UInt8
    public var addressCount: UInt8
    /// Bytes 4-5 as one big-endian word: auth type and interval in v2, reserved bits and
    /// Max Adver Int in v3.
    public var word4: UInt16
    public var checksum: UInt16

    /// Reads the header at the start of `bytes`; only a short buffer fails.
    public init(parsing bytes: [UInt8]) throws(VRRPDecodingError) {
        guard bytes.count >= Self.length else {
            throw .truncated(needed: Self.length, available: bytes.count)
        }
        versionNumber = bytes[0] >> 4
        typeNumber = bytes[0] & 0x0f
        virtualRouterID = bytes[1]
        priority = bytes[2]
        addressCount = bytes[3]
        word4 = UInt16(bytes[4]) << 8 | UInt16(bytes[5])
        checksum = UInt16(bytes[6]) << 8 | UInt16(bytes[7])
    }

    /// The version, if it is one VRRP defines.
    public var version: VRRPVersion? { VRRPVersion(rawValue: versionNumber) }

    /// v2 only: the Auth Type byte (RFC 3768 section 5.3.6).
    public var v2AuthenticationType: UInt8 { UInt8(word4 >> 8) }

    /// v2 only: the Adver Int byte, in seconds (RFC 3768 section 5.3.7).
    public var v2AdvertisementIntervalSeconds: UInt8 { UInt8(truncatingIfNeeded: word4) }

    /// v3 only: the 12-bit Max Adver Int in centiseconds; the 4 reserved bits are ignored
    /// (RFC 5798 section 5.2.5-5.2.7).
    public var v3MaxAdvertisementIntervalCentiseconds: UInt16 { word4 & 0x0fff }

    /// The advertised interval as a duration, read according to the version nibble.
    public var advertisementInterval: Duration {
        versionNumber == VRRPVersion.v2.rawValue
            ? .seconds(Int(v2AdvertisementIntervalSeconds))
            : .milliseconds(Int(v3MaxAdvertisementIntervalCentiseconds) * 10)
    }

    /// The message length the header implies: 8 + addresses, plus 8 authentication bytes for
    /// v2 over IPv4 (keepalived's v2 over IPv6 carries none).
    public func messageLength(family: AddressFamily) -> Int {
        var length = Self.length + Int(addressCount) * family.addressLength
        if family == .inet && versionNumber == VRRPVersion.v2.rawValue { length += VRRPCodec.authenticationDataLength }
        return length
    }
}
