/// A service's or destination's counters from `IPVS_*_ATTR_STATS64` (`IPVS_STATS_ATTR_*`);
/// totals since the entry was created, rates as the kernel's estimator last computed them.
public struct IPVSStatistics: Hashable, Sendable {
    public var connections: UInt64
    public var incomingPackets: UInt64
    public var outgoingPackets: UInt64
    public var incomingBytes: UInt64
    public var outgoingBytes: UInt64
    public var connectionsPerSecond: UInt64
    public var incomingPacketsPerSecond: UInt64
    public var outgoingPacketsPerSecond: UInt64
    public var incomingBytesPerSecond: UInt64
    public var outgoingBytesPerSecond: UInt64

    public init(
        connections: UInt64 = 0, incomingPackets: UInt64 = 0, outgoingPackets: UInt64 = 0, incomingBytes: UInt64 = 0,
        outgoingBytes: UInt64 = 0, connectionsPerSecond: UInt64 = 0, incomingPacketsPerSecond: UInt64 = 0,
        outgoingPacketsPerSecond: UInt64 = 0, incomingBytesPerSecond: UInt64 = 0, outgoingBytesPerSecond: UInt64 = 0
    ) {
        self.connections = connections
        self.incomingPackets = incomingPackets
        self.outgoingPackets = outgoingPackets
        self.incomingBytes = incomingBytes
        self.outgoingBytes = outgoingBytes
        self.connectionsPerSecond = connectionsPerSecond
        self.incomingPacketsPerSecond = incomingPacketsPerSecond
        self.outgoingPacketsPerSecond = outgoingPacketsPerSecond
        self.incomingBytesPerSecond = incomingBytesPerSecond
        self.outgoingBytesPerSecond = outgoingBytesPerSecond
    }

    /// Decodes the `STATS64` nest; absent counters read as zero.
    init(statistics64 attribute: NetlinkAttribute) throws(NetlinkDecodingError) {
        let fields = try attribute.nestedAttributes()
        typealias A = IPVSAttribute.Statistics
        func value(_ type: UInt16) throws(NetlinkDecodingError) -> UInt64 {
            try fields.last(ofType: type)?.uint64Value() ?? 0
        }
        self.init(
            connections: try value(A.connections), incomingPackets: try value(A.incomingPackets),
            outgoingPackets: try value(A.outgoingPackets), incomingBytes: try value(A.incomingBytes),
            outgoingBytes: try value(A.outgoingBytes), connectionsPerSecond: try value(A.connectionRate),
            incomingPacketsPerSecond: try value(A.incomingPacketRate),
            outgoingPacketsPerSecond: try value(A.outgoingPacketRate),
            incomingBytesPerSecond: try value(A.incomingByteRate), outgoingBytesPerSecond: try value(A.outgoingByteRate)
        )
    }
}
