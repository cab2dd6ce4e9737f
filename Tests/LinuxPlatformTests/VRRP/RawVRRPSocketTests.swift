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
            (try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)),
             try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)))
        }
        try sender.sendToGroup(Self.advertV2)
        #expect(Deadline.waitReadable(listener.fileDescriptor, timeout: .milliseconds(300)) == false)
    }

    @Test func unicastAdvertIsSentFromTheConfiguredSourceWithTTL255() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) {
            try RawVRRPSocket(.init(family: .inet, interfaceIndex: indexA, mode: .unicast, sourceAddress: .v4(NamespacePair.addressA)))
        }
        let receiver = try lab.inside(lab.b) {
            try RawVRRPSocket(.init(family: .inet, interfaceIndex: indexB, mode: .unicast, sourceAddress: .v4(NamespacePair.addressB)))
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
            try RawVRRPSocket(.init(family: .inet, interfaceIndex: indexB, mode: .unicast, sourceAddress: .v4(NamespacePair.addressB)))
        }

        try sender.send(Self.advertV2, to: .v4(NamespacePair.addressB))
        let datagram = try #require(try receiveOne(receiver))

        #expect(datagram.ttlOrHopLimit == 64)
    }

    @Test func multicastIPv6AdvertArrivesWithHopLimit255FromTheLinkLocalSource() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let linkLocalA = try #require(try Deadline.poll {
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
}
