/// The arrays a `RawVRRPSocket` hands received payloads out in, reused round a ring so that a
/// steady receiver allocates nothing per datagram.
///
/// `ReceivedVRRPPacket.payload` must be an `Array`, and an array's storage is freed when its last
/// reference goes. So the ring keeps one reference to each slot's storage: `fill` empties slot `i`
/// with `removeAll(keepingCapacity: true)`, appends the new bytes and returns the slot (a second
/// reference, no copy). Once the receiver has dropped the packet handed out from slot `i`, the ring
/// holds the only reference again, and when the ring comes round to `i` the refill happens in place.
/// If the receiver still holds it, the refill copies on write (a fresh buffer of the same capacity):
/// the held bytes are never overwritten, and that refill allocates, correct but not free. `size`
/// covers what can be in flight at once: a reactor turn reads at most
/// `RawSocketVRRPNetwork.readBudget` datagrams per socket, which the loop handles before the next turn.
struct ReceivedPayloadRing {
    /// Slots per socket: twice a reactor turn's read budget.
    static let defaultSize = 64
    /// Bytes reserved in each slot up front: a VRRP advert with a few addresses.
    static let initialCapacity = 128

    private var slots: [[UInt8]]
    private var next = 0

    init(size: Int = Self.defaultSize, capacity: Int = Self.initialCapacity) {
        slots = (0..<max(size, 1)).map { _ in
            var slot: [UInt8] = []
            slot.reserveCapacity(capacity)
            return slot
        }
    }

    /// Copies `bytes` into the next slot (in place when only the ring holds it) and returns it.
    mutating func fill(with bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let index = next
        next = next + 1 == slots.count ? 0 : next + 1
        slots[index].removeAll(keepingCapacity: true)
        slots[index].append(contentsOf: bytes)
        return slots[index]
    }
}
