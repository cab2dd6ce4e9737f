/// A decoded VRRP message: the advertisement plus the wire details the codec keeps.
public struct VRRPPacket: Hashable, Sendable {
    public var advertisement: VRRPAdvertisement
    /// The checksum field as received (not verified by `VRRPCodec.decode(_:family:)`).
    public var checksum: UInt16
    /// Length of the VRRP message in bytes, without any Ethernet padding that followed it.
    public var wireLength: Int

    public init(advertisement: VRRPAdvertisement, checksum: UInt16, wireLength: Int) {
        self.advertisement = advertisement
        self.checksum = checksum
        self.wireLength = wireLength
    }
}
