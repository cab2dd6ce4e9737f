import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct NetlinkLinkMonitorTests {
    /// Drains the monitor until an event satisfies `predicate`.
    private func waitForEvent(_ monitor: NetlinkLinkMonitor, where predicate: (LinkMonitorEvent) -> Bool)
        -> LinkMonitorEvent?
    {
        Deadline.poll(waitingOn: monitor.fileDescriptor) { monitor.drainEvents().first(where: predicate) }
    }

    private func linkState(_ event: LinkMonitorEvent, index: InterfaceIndex) -> LinkMessage? {
        if case .link(let link) = event, link.index == index { return link }
        return nil
    }

    @Test func settingTheVethDownAndUpProducesLinkEventsWithTheCurrentState() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let monitor = try lab.inside(lab.a) { try NetlinkLinkMonitor() }

        try lab.ip(lab.a, "link", "set", "eth0", "down")
        let down = try #require(
            waitForEvent(monitor) { linkState($0, index: index).map { !$0.flags.contains(.up) } ?? false })
        #expect(linkState(down, index: index)?.isUpAndRunning == false)

        try lab.ip(lab.a, "link", "set", "eth0", "up")
        let up = waitForEvent(monitor) { linkState($0, index: index)?.isUpAndRunning ?? false }
        #expect(up != nil)
    }

    @Test func thePeerGoingDownTakesAwayCarrierAndRunning() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let monitor = try lab.inside(lab.a) { try NetlinkLinkMonitor() }

        try lab.ip(lab.b, "link", "set", "eth0", "down")
        let event = try #require(
            waitForEvent(monitor) { linkState($0, index: index).map { !$0.flags.contains(.lowerUp) } ?? false })
        let link = try #require(linkState(event, index: index))
        #expect(link.flags.contains(.up))
        #expect(!link.isUpAndRunning)
        #expect(link.operationalState != .up)
    }

    @Test func addingAndDeletingAnAddressProducesAddressEvents() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let monitor = try lab.inside(lab.a) { try NetlinkLinkMonitor() }
        let vip = IPPrefix("10.99.0.100/32")!

        try lab.ip(lab.a, "addr", "add", "10.99.0.100/32", "dev", "eth0")
        let added = waitForEvent(monitor) { if case .addressAdded(let a) = $0 { a.prefix == vip } else { false } }
        #expect(added != nil)

        try lab.ip(lab.a, "addr", "del", "10.99.0.100/32", "dev", "eth0")
        let removed = waitForEvent(monitor) { if case .addressRemoved(let a) = $0 { a.prefix == vip } else { false } }
        #expect(removed != nil)
    }

    @Test func deletingTheInterfaceReportsItRemoved() throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let monitor = try lab.inside(lab.a) { try NetlinkLinkMonitor() }

        try lab.ip(lab.a, "link", "del", "eth0")
        #expect(waitForEvent(monitor) { $0 == .linkRemoved(index) } != nil)
    }

    @Test func eventsArriveThroughThePollLoopStream() async throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let index = try lab.eth0Index(in: lab.a)
        let monitor = try lab.inside(lab.a) { try NetlinkLinkMonitor() }
        let loop = try PollLoop()
        defer { loop.shutdown() }
        let events = monitor.events(on: loop)

        try lab.ip(lab.a, "link", "set", "eth0", "down")
        var sawDown = false
        for await event in events {
            if case .link(let link) = event, link.index == index, !link.flags.contains(.up) {
                sawDown = true
                break
            }
        }
        #expect(sawDown)
    }
}
