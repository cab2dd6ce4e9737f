import Engine

/// Sends and receives VRRP advertisements (IP protocol 112) on the instances' interfaces.
public protocol VRRPNetwork: Sendable {
    func send(_ transmission: VRRPTransmission) async throws
    /// Every packet received from now on, in arrival order; single consumer.
    func receive() -> AsyncStream<ReceivedVRRPPacket>
    /// Hands every packet received from now on to `handler`, on the thread that reads the sockets,
    /// instead of through `receive()`; false when this network has only the stream. The VRRP reactor's
    /// network says yes, so a packet reaches the loop's inbox on the loop's own thread.
    func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool
}

extension VRRPNetwork {
    /// Only the stream.
    public func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool { false }
}
