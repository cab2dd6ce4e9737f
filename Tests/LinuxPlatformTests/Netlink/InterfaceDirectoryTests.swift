import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct InterfaceDirectoryTests {
    @Test func anInterfaceIsFoundByNameAndByIndexWithItsMACFlagsAndMTU() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let directory = try lab.inside(lab.a) { try InterfaceDirectory() }

        let byName = try directory.link(named: "eth0")
        let byIndex = try directory.link(index: byName.index)
        let shownIndex = try lab.ip(lab.a, "-o", "link", "show", "dev", "eth0").split(separator: ":").first

        #expect(byName == byIndex)
        #expect(String(byName.index.rawValue) == shownIndex.map(String.init))
        #expect(byName.name == "eth0")
        #expect(try directory.name(of: byName.index) == "eth0")
        #expect(byName.hardwareAddress == NamespacePair.macA)
        #expect(byName.mtu == 1500)
        #expect(byName.flags.isSuperset(of: [.up, .running, .lowerUp, .broadcast, .multicast]))
        #expect(byName.isUpAndRunning)
        #expect(byName.operationalState == .up)
    }

    @Test func listingReturnsLoopbackAndTheVeth() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let directory = try lab.inside(lab.b) { try InterfaceDirectory() }

        let names = try directory.links().compactMap(\.name)
        #expect(names.sorted() == ["eth0", "lo"])
    }

    @Test func anUnknownInterfaceIsReportedAsENODEV() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let directory = try lab.inside(lab.a) { try InterfaceDirectory() }

        #expect(throws: NetlinkRequestError.kernel(errno: ENODEV, message: nil)) {
            try directory.link(named: "nosuch0")
        }
        #expect(throws: NetlinkRequestError.self) { try directory.link(index: InterfaceIndex(9999)) }
    }
}
