import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct RawVRRPSocketTests {
    // VRRPv2 advert, VRID 51, priority 100, one address 10.99.0.100, auth none, interval 1 s.
    static let advertV2: [UInt8] = {
        var p: [UInt8] = [0x21, 51, 100, 1, 0, 1, 0, 0, 10, 99, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0]
        let sum = InternetChecksum.compute(p)
        p[6] = UInt8(sum >> 8)
        p[7] = UInt8(sum & 0xff)
        return p
    }()

    // VRRPv3 advert for IPv6, VRID 51, priority 100, one address fd99::100, 100 cs; the kernel
    // fills the checksum (IPV6_CHECKSUM).
    static let advertV3: [UInt8] = [0x31, 51, 100, 1, 0x00, 100, 0, 0] + IPv6Address("fd99::100")!.bytes

    private func receiveOne(_ socket: RawVRRPSocket) throws -> ReceivedVRRPDatagram? {
        try Deadline.poll(waitingOn: socket.fileDescriptor) { try socket.receive() }
    }

    @Test func multicastIPv4AdvertArrivesWithTTL255OnTheReceivingInterface() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)) }
        let receiver = try lab.inside(lab.b) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexB)) }

        try sender.sendToGroup(Self.advertV2)
        let datagram = try #require(try receiveOne(receiver))

        #expect(datagram.payload == Self.advertV2)
        #expect(datagram.ttlOrHopLimit == 255)
        #expect(datagram.interfaceIndex == indexB)
        #expect(datagram.source == .v4(NamespacePair.addressA))
        #expect(datagram.destination == .v4(.vrrpMulticastGroup))
        #expect(datagram.ipv4TotalLength == UInt16(20 + Self.advertV2.count))
    }

    @Test func multicastSenderDoesNotHearItsOwnAdvert() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let indexA = try lab.eth0Index(in: lab.a)
        let (sender, listener) = try lab.inside(lab.a) {
            (
                try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)),
                try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA))
            )
        }
        try sender.sendToGroup(Self.advertV2)
        #expect(Deadline.waitReadable(listener.fileDescriptor, timeout: .milliseconds(300)) == false)
    }

    @Test func unicastAdvertIsSentFromTheConfiguredSourceWithTTL255() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) {
            try RawVRRPSocket(
                .init(family: .inet, interfaceIndex: indexA, mode: .unicast, sourceAddress: .v4(NamespacePair.addressA))
            )
        }
        let receiver = try lab.inside(lab.b) {
            try RawVRRPSocket(
                .init(family: .inet, interfaceIndex: indexB, mode: .unicast, sourceAddress: .v4(NamespacePair.addressB))
            )
        }

        try sender.send(Self.advertV2, to: .v4(NamespacePair.addressB))
        let datagram = try #require(try receiveOne(receiver))

        #expect(datagram.payload == Self.advertV2)
        #expect(datagram.ttlOrHopLimit == 255)
        #expect(datagram.source == .v4(NamespacePair.addressA))
        #expect(datagram.destination == .v4(NamespacePair.addressB))
        #expect(datagram.interfaceIndex == indexB)
    }

    @Test func aUnicastAdvertSentWithTTL64IsReportedAs64() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) {
            try RawVRRPSocket(.init(family: .inet, interfaceIndex: indexA, mode: .unicast, unicastHopLimit: 64))
        }
        let receiver = try lab.inside(lab.b) {
            try RawVRRPSocket(
                .init(family: .inet, interfaceIndex: indexB, mode: .unicast, sourceAddress: .v4(NamespacePair.addressB))
            )
        }

        try sender.send(Self.advertV2, to: .v4(NamespacePair.addressB))
        let datagram = try #require(try receiveOne(receiver))

        #expect(datagram.ttlOrHopLimit == 64)
    }

    @Test func multicastIPv6AdvertArrivesWithHopLimit255FromTheLinkLocalSource() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let linkLocalA = try #require(
            try Deadline.poll {
                try lab.inside(lab.a) { try NetlinkAddressTable().linkLocalIPv6Address(interfaceIndex: indexA) }
            })
        let sender = try lab.inside(lab.a) {
            try RawVRRPSocket(.multicast(family: .inet6, interfaceIndex: indexA, sourceAddress: .v6(linkLocalA)))
        }
        let receiver = try lab.inside(lab.b) { try RawVRRPSocket(.multicast(family: .inet6, interfaceIndex: indexB)) }

        try sender.sendToGroup(Self.advertV3)
        let datagram = try #require(try receiveOne(receiver))

        #expect(datagram.payload.count == Self.advertV3.count)
        #expect(Array(datagram.payload[0..<6]) == Array(Self.advertV3[0..<6]))
        #expect(datagram.payload[6] != 0 || datagram.payload[7] != 0, "the kernel filled the checksum")
        #expect(datagram.ttlOrHopLimit == 255)
        #expect(datagram.source == .v6(linkLocalA))
        #expect(datagram.destination == .v6(.vrrpMulticastGroup))
        #expect(datagram.interfaceIndex == indexB)
        #expect(datagram.ipv4TotalLength == nil)
    }

    @Test func theIPv4EnvelopeOnTheWireHasTOSC0TTL255AndNoDF() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let capture = try lab.inside(lab.b) { try PacketCapture(interfaceIndex: indexB) }
        let sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)) }

        try sender.sendToGroup(Self.advertV2)
        let frame = try #require(capture.frame { $0.count >= 34 && $0[12] == 0x08 && $0[13] == 0x00 && $0[23] == 112 })

        #expect(Array(frame[0..<6]) == [0x01, 0x00, 0x5e, 0x00, 0x00, 0x12])
        #expect(Array(frame[6..<12]) == NamespacePair.macA.bytes)
        #expect(frame[15] == 0xc0, "TOS")
        #expect(frame[20] & 0x40 == 0, "DF clear")
        #expect(frame[22] == 255, "TTL")
        #expect(Array(frame[34...]) == Self.advertV2)
    }

    @Test func theIPv6EnvelopeOnTheWireHasTrafficClassC0() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let capture = try lab.inside(lab.b) { try PacketCapture(interfaceIndex: indexB) }
        let sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet6, interfaceIndex: indexA)) }

        try sender.sendToGroup(Self.advertV3)
        let frame = try #require(capture.frame { $0.count >= 54 && $0[12] == 0x86 && $0[13] == 0xdd && $0[20] == 112 })

        #expect(Array(frame[0..<6]) == [0x33, 0x33, 0, 0, 0, 0x12])
        let trafficClass = (frame[14] & 0x0f) << 4 | frame[15] >> 4
        #expect(trafficClass == 0xc0)
        #expect(frame[21] == 255, "hop limit")
    }

    @Test func datagramsArriveThroughThePollLoopStream() async throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)) }
        let receiver = try lab.inside(lab.b) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexB)) }
        let loop = try PollLoop()
        defer { loop.shutdown() }
        let datagrams = receiver.datagrams(on: loop)

        for priority: UInt8 in [100, 101, 102] {
            var advert = Self.advertV2
            advert[2] = priority
            try sender.sendToGroup(advert)
        }
        var priorities: [UInt8] = []
        for await datagram in datagrams {
            priorities.append(datagram.payload[2])
            if priorities.count == 3 { break }
        }
        #expect(priorities == [100, 101, 102])
    }
}
