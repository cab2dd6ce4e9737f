import VRRP

extension ReceivedVRRPDatagram {
    /// The envelope in the form the VRRP validator takes (RFC 5798 section 7.1).
    public var receiveMetadata: VRRPReceiveMetadata {
        VRRPReceiveMetadata(
            source: source, destination: destination, hopLimit: ttlOrHopLimit,
            interfaceIndex: Int(interfaceIndex.rawValue), ipv4HeaderLength: ipv4HeaderLength ?? 0,
            ipv4TotalLength: ipv4TotalLength.map(Int.init))
    }
}
