import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

/// The directory keeps an interface's index and MAC only while a link monitor follows the links, and
/// forgets them when the monitor reads a link notification.
@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct InterfaceLinkCacheTests {
    static let newMAC = MACAddress("02:99:00:00:10:20")!

    @Test func aFollowedLinkIsKeptUntilTheMonitorReadsItsChange() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (directory, monitor) = try lab.inside(lab.a) {
            let directory = try InterfaceDirectory()
            return (directory, try NetlinkLinkMonitor(directory: directory))
        }
        defer { monitor.close() }
        directory.linkCache.follow()
        let before = try directory.cachedLink(named: "eth0")
        #expect(before.hardwareAddress == NamespacePair.macA)

        try lab.ip(lab.a, "link", "set", "eth0", "address", "\(Self.newMAC)")
        // Kept: nothing has read the notification yet.
        #expect(try directory.cachedLink(named: "eth0") == before)
        let read = Deadline.poll(waitingOn: monitor.fileDescriptor) { () -> Bool? in
            monitor.drainEvents().contains { if case .link = $0 { true } else { false } } ? true : nil
        }
        #expect(read == true)
        let after = try directory.cachedLink(named: "eth0")
        #expect(after.hardwareAddress == Self.newMAC && after.index == before.index)
    }

    @Test func withoutAFollowerEveryLookupAsksTheKernel() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let directory = try lab.inside(lab.a) { try InterfaceDirectory() }
        #expect(try directory.cachedLink(named: "eth0").hardwareAddress == NamespacePair.macA)
        try lab.ip(lab.a, "link", "set", "eth0", "address", "\(Self.newMAC)")
        #expect(try directory.cachedLink(named: "eth0").hardwareAddress == Self.newMAC)

        // Kept while followed, dropped when the last follower goes: the next lookup asks the kernel.
        directory.linkCache.follow()
        #expect(try directory.cachedLink(named: "eth0").hardwareAddress == Self.newMAC)
        directory.linkCache.unfollow()
        try lab.ip(lab.a, "link", "set", "eth0", "address", "\(NamespacePair.macA)")
        #expect(try directory.cachedLink(named: "eth0").hardwareAddress == NamespacePair.macA)
    }
}
