import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NetlinkAddressTableTests {
    @Test func anIPv4VIPIsInstalledAsAHostAddressWithItsLabelAndRemovedAgain() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let table = try lab.inside(lab.a) { try NetlinkAddressTable() }
        let vip = AddressMessage.virtualAddress(
            IPPrefix(host: .v4(IPv4Address(10, 99, 0, 100))), interfaceIndex: index, label: "eth0:vip")

        #expect(try table.add(vip) == .applied)
        let shown = try lab.ip(lab.a, "-4", "addr", "show", "dev", "eth0")
        #expect(shown.contains("inet 10.99.0.100/32 scope global eth0:vip"))

        #expect(try table.remove(vip) == .applied)
        #expect(try !lab.ip(lab.a, "-4", "addr", "show", "dev", "eth0").contains("10.99.0.100"))
    }

    @Test func addingAnExistingAddressOrRemovingAnAbsentOneReportsAlreadyInState() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let table = try lab.inside(lab.a) { try NetlinkAddressTable() }
        let vip = AddressMessage.virtualAddress(IPPrefix(host: .v4(IPv4Address(10, 99, 0, 100))), interfaceIndex: index)

        #expect(try table.add(vip) == .applied)
        #expect(try table.add(vip) == .alreadyInState)
        #expect(try table.remove(vip) == .applied)
        #expect(try table.remove(vip) == .alreadyInState)
    }

    @Test func anIPv6VIPIsInstalledWithNoDADAndPreferredLifetimeZero() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let table = try lab.inside(lab.a) { try NetlinkAddressTable() }
        let vip = AddressMessage.virtualAddress(IPPrefix(host: .v6(IPv6Address("fd99::100")!)), interfaceIndex: index)

        #expect(try table.add(vip) == .applied)
        let shown = try lab.ip(lab.a, "-6", "addr", "show", "dev", "eth0")
        #expect(shown.contains("inet6 fd99::100/128 scope global nodad deprecated"))
        #expect(shown.contains("valid_lft forever preferred_lft 0sec"))
    }

    @Test func aPrefixedVIPWithBroadcastAndScopeIsInstalledAsGiven() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let table = try lab.inside(lab.a) { try NetlinkAddressTable() }
        let vip = AddressMessage.virtualAddress(
            IPPrefix("192.168.7.1/24")!, interfaceIndex: index, scope: .link, broadcast: IPv4Address(192, 168, 7, 255))

        try table.add(vip)
        #expect(
            try lab.ip(lab.a, "-4", "addr", "show", "dev", "eth0")
                .contains("inet 192.168.7.1/24 brd 192.168.7.255 scope link eth0"))
    }

    @Test func listingFindsAStaleVIPThePrimaryAddressAndTheLinkLocalAddress() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        try lab.ip(lab.a, "addr", "add", "10.99.0.100/32", "dev", "eth0")
        let table = try lab.inside(lab.a) { try NetlinkAddressTable() }

        let listed = try table.addresses(family: .inet, interfaceIndex: index)
        #expect(listed.compactMap(\.prefix) == [IPPrefix("10.99.0.2/24")!, IPPrefix("10.99.0.100/32")!])
        let stale = try #require(listed.first { $0.prefix == IPPrefix("10.99.0.100/32") })
        #expect(
            try table.primaryIPv4Address(interfaceIndex: index, excluding: [.v4(IPv4Address(10, 99, 0, 100))])
                == NamespacePair.addressA)
        let linkLocal = try #require(try Deadline.poll { try table.linkLocalIPv6Address(interfaceIndex: index) })
        #expect(linkLocal.isLinkLocal)
        #expect(try lab.ip(lab.a, "-6", "addr", "show", "dev", "eth0").contains("inet6 \(linkLocal)/64 scope link"))

        #expect(try table.remove(stale) == .applied)
        #expect(
            try table.addresses(family: .inet, interfaceIndex: index).compactMap(\.prefix) == [
                IPPrefix("10.99.0.2/24")!
            ])
    }
}
