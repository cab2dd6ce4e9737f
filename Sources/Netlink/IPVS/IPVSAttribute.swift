/// Attribute numbers of the `IPVS` family (linux/ip_vs.h, Docs/Keepalived.md §5).
enum IPVSAttribute {
    /// `IPVS_CMD_ATTR_*`: the top level of a request.
    enum Command {
        static let service: UInt16 = 1
        static let destination: UInt16 = 2
        static let daemon: UInt16 = 3
        static let timeoutTCP: UInt16 = 4
        static let timeoutTCPFin: UInt16 = 5
        static let timeoutUDP: UInt16 = 6
    }

    /// `IPVS_SVC_ATTR_*`.
    enum Service {
        static let addressFamily: UInt16 = 1
        static let `protocol`: UInt16 = 2
        static let address: UInt16 = 3
        static let port: UInt16 = 4
        static let firewallMark: UInt16 = 5
        static let schedulerName: UInt16 = 6
        static let flags: UInt16 = 7
        static let timeout: UInt16 = 8
        static let netmask: UInt16 = 9
        static let statistics: UInt16 = 10
        static let persistenceEngine: UInt16 = 11
        static let statistics64: UInt16 = 12
    }

    /// `IPVS_DEST_ATTR_*`.
    enum Destination {
        static let address: UInt16 = 1
        static let port: UInt16 = 2
        static let forwardingMethod: UInt16 = 3
        static let weight: UInt16 = 4
        static let upperThreshold: UInt16 = 5
        static let lowerThreshold: UInt16 = 6
        static let activeConnections: UInt16 = 7
        static let inactiveConnections: UInt16 = 8
        static let persistentConnections: UInt16 = 9
        static let statistics: UInt16 = 10
        static let addressFamily: UInt16 = 11
        static let statistics64: UInt16 = 12
        static let tunnelType: UInt16 = 13
        static let tunnelPort: UInt16 = 14
        static let tunnelFlags: UInt16 = 15
    }

    /// `IPVS_DAEMON_ATTR_*`.
    enum Daemon {
        static let state: UInt16 = 1
        static let multicastInterface: UInt16 = 2
        static let syncID: UInt16 = 3
        static let maximumLength: UInt16 = 4
        static let multicastGroup: UInt16 = 5
        static let multicastGroup6: UInt16 = 6
        static let multicastPort: UInt16 = 7
        static let multicastTTL: UInt16 = 8
    }

    /// `IPVS_INFO_ATTR_*`, at the top level of the `getInfo` answer.
    enum Info {
        static let version: UInt16 = 1
        static let connectionTableSize: UInt16 = 2
    }

    /// `IPVS_STATS_ATTR_*`, inside `STATS64` (every field a u64).
    enum Statistics {
        static let connections: UInt16 = 1
        static let incomingPackets: UInt16 = 2
        static let outgoingPackets: UInt16 = 3
        static let incomingBytes: UInt16 = 4
        static let outgoingBytes: UInt16 = 5
        static let connectionRate: UInt16 = 6
        static let incomingPacketRate: UInt16 = 7
        static let outgoingPacketRate: UInt16 = 8
        static let incomingByteRate: UInt16 = 9
        static let outgoingByteRate: UInt16 = 10
    }
}
