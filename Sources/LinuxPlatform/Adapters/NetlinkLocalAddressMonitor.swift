import Engine
import Netlink
import NetworkPrimitives
import Runtime

/// `LocalAddressMonitor` over rtnetlink: subscribed to the address groups before the addresses are
/// listed, so nothing between the two is lost (an address both listed and notified is one address).
/// Reads its notifications on a poll loop of its own.
package final class NetlinkLocalAddressMonitor: LocalAddressMonitor {
    private let monitor: NetlinkLinkMonitor
    private let table: NetlinkAddressTable
    private let loop: PollLoop

    /// Subscribes to IPv4 and IPv6 address notifications in the calling thread's namespace.
    package init() throws(SystemError) {
        let loop = try PollLoop(name: "vigil-addresses")
        do {
            monitor = try NetlinkLinkMonitor(groups: [.ipv4Address, .ipv6Address])
            table = try NetlinkAddressTable()
        } catch {
            loop.shutdown()
            throw error
        }
        self.loop = loop
    }

    package func changes() -> AsyncStream<LocalAddressChange> {
        let (stream, continuation) = AsyncStream.makeStream(of: LocalAddressChange.self)
        let events = monitor.events(on: loop)
        let table = table
        let task = Task {
            for await event in events {
                guard let change = Self.change(event, table: table) else { continue }
                continuation.yield(change)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    package func addresses() -> [LocalAddress] { Self.list(table) }

    package func close() {
        monitor.close()
        loop.shutdown()
    }

    static func change(_ event: LinkMonitorEvent, table: NetlinkAddressTable) -> LocalAddressChange? {
        switch event {
        case .addressAdded(let message): local(message).map { .added($0) }
        case .addressRemoved(let message): local(message).map { .removed($0) }
        case .overrun: .listed(list(table))
        case .link, .linkRemoved: nil
        }
    }

    private static func list(_ table: NetlinkAddressTable) -> [LocalAddress] {
        ((try? table.addresses()) ?? []).compactMap(local)
    }

    private static func local(_ message: AddressMessage) -> LocalAddress? {
        message.interfaceAddress.map { LocalAddress($0, interfaceIndex: message.interfaceIndex.rawValue) }
    }
}
