import NetworkPrimitives

/// One IPVS destination (a real server, or the sorry server) of a virtual service.
public struct Destination: Hashable, Sendable, CustomStringConvertible {
    /// A destination is identified by address and port within its service.
    public struct Key: Hashable, Comparable, Sendable, CustomStringConvertible {
        public var address: IPAddress
        public var port: UInt16

        public init(address: IPAddress, port: UInt16) {
            self.address = address
            self.port = port
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.address != rhs.address ? lhs.address < rhs.address : lhs.port < rhs.port
        }

        /// keepalived's `[address]:port`.
        public var description: String { "[\(address)]:\(port)" }
    }

    public var address: IPAddress
    public var port: UInt16
    public var forwarding: ForwardingMethod
    /// 0...Int32.max; 0 keeps the destination but sends it no new connections.
    public var weight: Int
    /// `uthreshold`, 0 = none.
    public var upperThreshold: UInt32
    /// `lthreshold`, 0 = none.
    public var lowerThreshold: UInt32

    public init(
        address: IPAddress, port: UInt16, forwarding: ForwardingMethod = .nat, weight: Int = 1,
        upperThreshold: UInt32 = 0, lowerThreshold: UInt32 = 0
    ) {
        self.address = address
        self.port = port
        self.forwarding = forwarding
        self.weight = weight
        self.upperThreshold = upperThreshold
        self.lowerThreshold = lowerThreshold
    }

    public var key: Key { Key(address: address, port: port) }

    public var description: String { "\(key) \(forwarding) weight \(weight)" }
}
