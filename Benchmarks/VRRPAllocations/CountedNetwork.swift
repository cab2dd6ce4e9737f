import Engine
import LinuxPlatform
import Runtime

/// The raw socket network with its sends and deliveries counted, for the
/// real-socket figures. Counting costs an atomic add: nothing is allocated per packet (the delivery
/// wrapper is made once, in `deliver(to:)`).
final class CountedNetwork: VRRPNetwork {
    let inner: RawSocketVRRPNetwork
    let sent = ManagedCounter()
    let delivered = ManagedCounter()

    init(_ inner: RawSocketVRRPNetwork) { self.inner = inner }

    func send(_ transmission: VRRPTransmission) async throws {
        try await inner.send(transmission)
        sent.add(1)
    }

    func receive() -> AsyncStream<ReceivedVRRPPacket> { inner.receive() }

    func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool {
        inner.deliver { [delivered] packet in
            delivered.add(1)
            handler(packet)
        }
    }
}
