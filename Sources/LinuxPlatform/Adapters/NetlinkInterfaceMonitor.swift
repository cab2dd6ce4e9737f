import Netlink
import NetworkPrimitives
import Runtime
import Synchronization

/// `LinkMonitor` over rtnetlink notifications: link state (re-read, as notifications coalesce)
/// and address deletions; after lost notifications every link is re-read.
package struct NetlinkInterfaceMonitor: LinkMonitor {
    let monitor: NetlinkLinkMonitor
    let directory: InterfaceDirectory
    let loop: PollLoop

    /// A monitor reading `monitor`'s notifications on `loop` and names from `directory`.
    package init(monitor: NetlinkLinkMonitor, directory: InterfaceDirectory, loop: PollLoop) {
        self.monitor = monitor
        self.directory = directory
        self.loop = loop
    }

    package func changes() -> AsyncStream<InterfaceEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: InterfaceEvent.self)
        let events = monitor.events(on: loop)
        let directory = directory
        // While this stream reads link notifications, the directory may keep what it looked up.
        let cache = monitor.directory.linkCache
        cache.follow()
        // A removed link can no longer be looked up, so names are remembered as links are seen.
        let names = Mutex<[InterfaceIndex: InterfaceName]>([:])
        for link in (try? directory.links()) ?? [] {
            if let name = link.name { names.withLock { $0[link.index] = InterfaceName(name) } }
        }
        let task = Task {
            for await event in events {
                if case .link(let link) = event, let name = link.name {
                    names.withLock { $0[link.index] = InterfaceName(name) }
                }
                let known = names.withLock { $0 }
                for change in Self.interfaceEvents(event, directory: directory, names: known) {
                    continuation.yield(change)
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in
            task.cancel()
            cache.unfollow()
        }
        return stream
    }

    static func interfaceEvents(
        _ event: LinkMonitorEvent, directory: InterfaceDirectory, names: [InterfaceIndex: InterfaceName]
    ) -> [InterfaceEvent] {
        switch event {
        case .link(let link):
            return link.name.map { [.link(InterfaceName($0), isUp: link.isUpAndRunning)] } ?? []
        case .linkRemoved(let index):
            return names[index].map { [.link($0, isUp: false)] } ?? []
        case .addressAdded:
            return []
        case .addressRemoved(let message):
            guard let address = message.interfaceAddress,
                let name = names[message.interfaceIndex] ?? (try? directory.name(of: message.interfaceIndex))
            else { return [] }
            return [.addressRemoved(name, address)]
        case .overrun:
            let links = (try? directory.links()) ?? []
            return links.compactMap { link in link.name.map { .link(InterfaceName($0), isUp: link.isUpAndRunning) } }
        }
    }
}
