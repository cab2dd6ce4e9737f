import NetworkPrimitives

extension IPVSDestination {
    /// The nest body in keepalived 2.2.7's order (captured): `ADDR_FAMILY`, `ADDR`, `PORT`,
    /// `FWD_METHOD`, `WEIGHT`, then for tunnels `TUN_TYPE`, `TUN_PORT` (GUE only) and `TUN_FLAGS`
    /// (not for IP-in-IP), then `U_THRESH`, `L_THRESH`.
    func write(to writer: inout NetlinkMessageWriter) {
        typealias A = IPVSAttribute.Destination
        writer.appendAttribute(type: A.addressFamily, family: address.family)
        writer.appendAttribute(type: A.address, inetAddress: address)
        writer.appendAttribute(type: A.port, bigEndianUInt16: port)
        writer.appendAttribute(type: A.forwardingMethod, uint32: forwarding.rawValue)
        writer.appendAttribute(type: A.weight, uint32: weight)
        if forwarding == .tunnel {
            writer.appendAttribute(type: A.tunnelType, uint8: tunnel.kind.rawValue)
            if tunnel.kind == .gue {
                writer.appendAttribute(type: A.tunnelPort, bigEndianUInt16: tunnel.port)
            }
            if tunnel.kind != .ipip {
                writer.appendAttribute(type: A.tunnelFlags, uint16: tunnel.checksum.rawValue)
            }
        }
        writer.appendAttribute(type: A.upperThreshold, uint32: upperThreshold)
        writer.appendAttribute(type: A.lowerThreshold, uint32: lowerThreshold)
    }

    /// Reads a destination nest. Its family is `ADDR_FAMILY`, else `serviceFamily`; absent
    /// forwarding, weight, thresholds and tunnel fields read as NAT, 0, 0 and plain IP-in-IP.
    init(attributes: [NetlinkAttribute], serviceFamily: AddressFamily) throws(NetlinkDecodingError) {
        typealias A = IPVSAttribute.Destination
        let family = try attributes.last(ofType: A.addressFamily)?.addressFamilyValue() ?? serviceFamily
        guard let address = attributes.last(ofType: A.address) else { throw .missingAttribute(A.address) }
        guard let port = attributes.last(ofType: A.port) else { throw .missingAttribute(A.port) }
        func u32(_ type: UInt16) throws(NetlinkDecodingError) -> UInt32? {
            try attributes.last(ofType: type)?.uint32Value()
        }
        self.init(
            address: try address.inetAddressValue(family: family), port: try port.bigEndianUInt16Value(),
            forwarding: IPVSForwardingMethod(rawValue: try u32(A.forwardingMethod) ?? 0),
            weight: try u32(A.weight) ?? 0, upperThreshold: try u32(A.upperThreshold) ?? 0,
            lowerThreshold: try u32(A.lowerThreshold) ?? 0, tunnel: try Self.tunnel(in: attributes))
        if let active = try u32(A.activeConnections) {
            connections = Connections(
                active: active, inactive: try u32(A.inactiveConnections) ?? 0,
                persistent: try u32(A.persistentConnections) ?? 0)
        }
        statistics = try attributes.last(ofType: A.statistics64).map { a throws(NetlinkDecodingError) in
            try IPVSStatistics(statistics64: a)
        }
    }

    private static func tunnel(in attributes: [NetlinkAttribute]) throws(NetlinkDecodingError) -> IPVSTunnel {
        typealias A = IPVSAttribute.Destination
        return IPVSTunnel(
            kind: IPVSTunnel.Kind(rawValue: try attributes.last(ofType: A.tunnelType)?.uint8Value() ?? 0),
            port: try attributes.last(ofType: A.tunnelPort)?.bigEndianUInt16Value() ?? 0,
            checksum: IPVSTunnel.Checksum(rawValue: try attributes.last(ofType: A.tunnelFlags)?.uint16Value() ?? 0))
    }
}
