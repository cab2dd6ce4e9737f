import Engine

/// Sends and receives VRRP advertisements (IP protocol 112) on the instances' interfaces.
public protocol VRRPNetwork: Sendable {
    func send(_ transmission: VRRPTransmission) async throws
    /// Every packet received from now on, in arrival order; single consumer.
    func receive() -> AsyncStream<ReceivedVRRPPacket>
}
