import Netlink
import NetworkPrimitives
import Testing

@Suite struct AddressMessageTests {
    static let sequence: UInt32 = 0x6b04_18e4
    static let index = InterfaceIndex(3)

    @Test func anIPv4VIPWithALabelEncodesAsIpAddrAddSendsIt() {
        // strace -e write of `ip addr add 10.99.0.100/32 dev d0 label d0:vip`.
        let expected: [UInt8] = [
            0x34, 0, 0, 0, 0x14, 0, 0x05, 0x06, 0xe4, 0x18, 0x04, 0x6b, 0, 0, 0, 0,
            0x02, 0x20, 0x00, 0x00, 0x03, 0, 0, 0,
            0x08, 0, 0x02, 0, 0x0a, 0x63, 0x00, 0x64,
            0x0b, 0, 0x03, 0, 0x64, 0x30, 0x3a, 0x76, 0x69, 0x70, 0x00, 0x00,
            0x08, 0, 0x01, 0, 0x0a, 0x63, 0x00, 0x64,
        ]
        let vip = AddressMessage.virtualAddress(
            IPPrefix("10.99.0.100")!, interfaceIndex: Self.index, label: "d0:vip")
        #expect(RouteNetlinkRequest.addAddress(vip, sequence: Self.sequence) == expected)
    }

    @Test func anIPv6HostVIPEncodesWithNoDADAndPreferredLifetimeZero() {
        // strace -e write of `ip addr add fd99::100/128 dev d0 nodad preferred_lft 0`.
        let fd99: [UInt8] = [0xfd, 0x99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x00]
        let expected: [UInt8] =
            [0x54, 0, 0, 0, 0x14, 0, 0x05, 0x06, 0xe4, 0x18, 0x04, 0x6b, 0, 0, 0, 0]
            + [0x0a, 0x80, 0x02, 0x00, 0x03, 0, 0, 0]
            + [0x14, 0, 0x02, 0] + fd99
            + [0x14, 0, 0x01, 0] + fd99
            + [0x14, 0, 0x06, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0]
        let vip = AddressMessage.virtualAddress(IPPrefix("fd99::100")!, interfaceIndex: Self.index)
        #expect(RouteNetlinkRequest.addAddress(vip, sequence: Self.sequence) == expected)
    }

    @Test func aDeletionCarriesOnlyTheAddresses() {
        // strace -e write of `ip addr del 10.99.0.100/32 dev d0`.
        let expected: [UInt8] = [
            0x28, 0, 0, 0, 0x15, 0, 0x05, 0x00, 0xe4, 0x18, 0x04, 0x6b, 0, 0, 0, 0,
            0x02, 0x20, 0x00, 0x00, 0x03, 0, 0, 0,
            0x08, 0, 0x02, 0, 0x0a, 0x63, 0x00, 0x64,
            0x08, 0, 0x01, 0, 0x0a, 0x63, 0x00, 0x64,
        ]
        let vip = AddressMessage.virtualAddress(
            IPPrefix("10.99.0.100")!, interfaceIndex: Self.index, label: "d0:vip",
            broadcast: IPv4Address(10, 99, 0, 255))
        #expect(RouteNetlinkRequest.deleteAddress(vip, sequence: Self.sequence) == expected)
    }

    @Test(
        arguments: [
            ("fd99::100/64", AddressCacheInfo.forever, AddressFlags.noDAD, true),
            ("fd99::100/128", 0, AddressFlags.noDAD, true),
            ("fd99::100/128", 0, AddressFlags(), false),
        ] as [(String, UInt32, AddressFlags, Bool)])
    func ipv6VIPRules(prefix: String, preferred: UInt32, flags: AddressFlags, noDAD: Bool) throws {
        let vip = AddressMessage.virtualAddress(
            IPPrefix(prefix)!, interfaceIndex: Self.index, label: "ignored", noDAD: noDAD)
        #expect(vip.flags == flags)
        #expect(
            vip.cacheInfo == AddressCacheInfo(preferredLifetime: preferred, validLifetime: AddressCacheInfo.forever))
        #expect(vip.label == nil, "IFA_LABEL is IPv4 only")
    }

    @Test func flagsBeyondEightBitsTravelInIFAFlags() throws {
        let vip = AddressMessage.virtualAddress(
            IPPrefix("fd99::100/64")!, interfaceIndex: Self.index, extraFlags: [.noPrefixRoute])
        let bytes = RouteNetlinkRequest.addAddress(vip, sequence: 1)
        #expect(bytes[18] == 0x02, "ifa_flags keeps the low byte")
        #expect(Array(bytes.suffix(8)) == [0x08, 0, 0x08, 0, 0x02, 0x02, 0, 0])
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        #expect(try AddressMessage(message) == vip)
    }

    @Test func aCapturedDumpEntryDecodes() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: CapturedMessages.address).first)
        let address = try AddressMessage(message)
        #expect(address.family == .inet)
        #expect(address.prefix == IPPrefix("10.99.0.2/24"))
        #expect(address.local == .v4(IPv4Address(10, 99, 0, 2)))
        #expect(address.address == .v4(IPv4Address(10, 99, 0, 2)))
        #expect(address.broadcast == IPv4Address(10, 99, 0, 255))
        #expect(address.label == "d0:x")
        #expect(address.scope == .universe)
        #expect(address.interfaceIndex == InterfaceIndex(3))
        #expect(address.flags == [.permanent])
        #expect(address.cacheInfo?.preferredLifetime == AddressCacheInfo.forever)
    }

    @Test func encodingThenDecodingGivesTheSameMessage() throws {
        let original = AddressMessage(
            family: .inet, prefixLength: 24, flags: [.secondary], scope: .link, interfaceIndex: InterfaceIndex(7),
            local: .v4(IPv4Address(192, 0, 2, 1)), address: .v4(IPv4Address(192, 0, 2, 9)), label: "eth0:1",
            broadcast: IPv4Address(192, 0, 2, 255), cacheInfo: AddressCacheInfo(preferredLifetime: 5, validLifetime: 6),
            addressProtocol: 18)
        let bytes = original.encoded(type: .newAddress, flags: [.request], sequence: 1)
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        #expect(try AddressMessage(message) == original)
    }

    @Test func anAddressOfTheOtherFamilyIsRejected() {
        var bytes = CapturedMessages.address
        bytes[16] = 10  // claim AF_INET6 while IFA_ADDRESS holds four bytes
        #expect(throws: NetlinkDecodingError.badAddressLength(attribute: 1, length: 4)) {
            try AddressMessage(try #require(try NetlinkMessage.decodeAll(datagram: bytes).first))
        }
    }

    @Test func anUnknownFamilyIsRejected() {
        var bytes = CapturedMessages.address
        bytes[16] = 17
        #expect(throws: NetlinkDecodingError.unsupportedAddressFamily(17)) {
            try AddressMessage(try #require(try NetlinkMessage.decodeAll(datagram: bytes).first))
        }
    }

    @Test func aLinkMessageIsNotAnAddress() throws {
        let message = try #require(try NetlinkMessage.decodeAll(datagram: CapturedMessages.link).first)
        #expect(throws: NetlinkDecodingError.unexpectedMessageType(16)) { try AddressMessage(message) }
    }
}
