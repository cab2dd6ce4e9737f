import NetworkPrimitives

/// An address configured on this host, on one interface (the same address on two interfaces is two
/// local addresses, so it is gone only when both are).
public struct LocalAddress: Hashable, Sendable {
    public var address: IPAddress
    /// The interface's kernel index.
    public var interfaceIndex: Int32

    public init(_ address: IPAddress, interfaceIndex: Int32) {
        self.address = address
        self.interfaceIndex = interfaceIndex
    }
}
