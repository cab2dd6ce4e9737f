import Foundation
import Netlink
import NetworkPrimitives
import Testing

@testable import LinuxPlatform

/// `RawVRRPSocket.receive` reuses its buffers (the raw datagram and control buffers, and the ring of
/// payload arrays): no datagram's bytes may show in the next, and a payload its receiver still holds
/// must survive the ring coming round to its slot.
@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct RawVRRPSocketBufferReuseTests {
    enum Family: CaseIterable, Sendable { case ipv4, ipv6 }

    /// A connected sender and receiver across a `NamespacePair`.
    struct Link {
        let lab: NamespacePair
        let sender: RawVRRPSocket
        let receiver: RawVRRPSocket
        let family: Family

        init(_ family: Family) throws {
            let lab = try NamespacePair()
            do {
                let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
                switch family {
                case .ipv4:
                    sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)) }
                    receiver = try lab.inside(lab.b) {
                        try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexB))
                    }
                case .ipv6:
                    let linkLocalA = try #require(
                        try Deadline.poll {
                            try lab.inside(lab.a) { try NetlinkAddressTable().linkLocalIPv6Address(interfaceIndex: indexA) }
                        })
                    sender = try lab.inside(lab.a) {
                        try RawVRRPSocket(
                            .multicast(family: .inet6, interfaceIndex: indexA, sourceAddress: .v6(linkLocalA)))
                    }
                    receiver = try lab.inside(lab.b) {
                        try RawVRRPSocket(.multicast(family: .inet6, interfaceIndex: indexB))
                    }
                }
            } catch {
                lab.destroy()
                throw error
            }
            self.lab = lab
            self.family = family
        }

        /// Sends `payload` and returns what the receiver hands out for it.
        func roundTrip(_ payload: [UInt8]) throws -> [UInt8] {
            try sender.sendToGroup(payload)
            let datagram = try #require(try Deadline.poll(waitingOn: receiver.fileDescriptor) { try receiver.receive() })
            return datagram.payload
        }

        /// `sent` as it arrives: for IPv6 the kernel fills the checksum in at bytes 6 and 7.
        func expected(_ sent: [UInt8], received: [UInt8]) -> [UInt8] {
            guard family == .ipv6, sent.count >= 8, received.count >= 8 else { return sent }
            var expected = sent
            expected[6] = received[6]
            expected[7] = received[7]
            return expected
        }

        func close() {
            sender.close()
            receiver.close()
            lab.destroy()
        }
    }

    /// A payload of `count` bytes, every byte `fill` but the checksum field (zero, for IPv6).
    static func payload(count: Int, fill: UInt8) -> [UInt8] {
        var bytes = [UInt8](repeating: fill, count: count)
        bytes[6] = 0
        bytes[7] = 0
        return bytes
    }

    @Test(arguments: Family.allCases)
    func aShortDatagramAfterALongOneCarriesNothingOfIt(family: Family) throws {
        let link = try Link(family)
        defer { link.close() }
        let long = Self.payload(count: 600, fill: 0xAA)
        let short = Self.payload(count: 12, fill: 0x55)

        // Straight after: the raw receive buffer still holds the long datagram's tail.
        let longReceived = try link.roundTrip(long)
        #expect(longReceived == link.expected(long, received: longReceived))
        let shortReceived = try link.roundTrip(short)
        #expect(shortReceived == link.expected(short, received: shortReceived))

        // A ring later, the long datagram's slot (released) takes a short one in place.
        let ring = ReceivedPayloadRing.defaultSize
        for _ in 0..<(ring - 2) { _ = try link.roundTrip(Self.payload(count: 600, fill: 0xAA)) }
        _ = try link.roundTrip(long)
        for _ in 0..<(ring - 1) { _ = try link.roundTrip(Self.payload(count: 16, fill: 0x11)) }
        let inTheLongSlot = try link.roundTrip(short)
        #expect(inTheLongSlot == link.expected(short, received: inTheLongSlot))
    }

    @Test(arguments: Family.allCases)
    func aHeldPayloadIsNotOverwrittenWhenTheRingComesRound(family: Family) throws {
        let link = try Link(family)
        defer { link.close() }
        let first = Self.payload(count: 40, fill: 0x42)
        let held = try link.roundTrip(first)

        var last: [UInt8] = []
        let other = Self.payload(count: 40, fill: 0x99)
        for _ in 0..<ReceivedPayloadRing.defaultSize { last = try link.roundTrip(other) }

        #expect(held == link.expected(first, received: held))
        #expect(last == link.expected(other, received: last), "the slot came round: a copy took the new bytes")
    }
}
