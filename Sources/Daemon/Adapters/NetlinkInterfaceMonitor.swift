import LinuxPlatform
import Netlink
import NetworkPrimitives
import Runtime

/// `LinkMonitor` over rtnetlink notifications: link state (re-read, as notifications coalesce)
/// and address deletions; after lost notifications every link is re-read.
struct NetlinkInterfaceMonitor: LinkMonitor {
    let monitor: NetlinkLinkMonitor
    let directory: InterfaceDirectory
    let loop: PollLoop

    func changes() -> AsyncStream<InterfaceEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: InterfaceEvent.self)
        let events = monitor.events(on: loop)
        let directory = directory
        let task = Task {
            for await event in events {
                for change in Self.interfaceEvents(event, directory: directory) { continuation.yield(change) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    static func interfaceEvents(_ event: LinkMonitorEvent, directory: InterfaceDirectory) -> [InterfaceEvent] {
        switch event {
        case .link(let link):
            return link.name.map { [.link(InterfaceName($0), isUp: link.isUpAndRunning)] } ?? []
        case .linkRemoved(let index):
            return (try? directory.name(of: index)).map { [.link($0, isUp: false)] } ?? []
        case .addressAdded:
            return []
        case .addressRemoved(let message):
            guard let address = message.interfaceAddress, let name = try? directory.name(of: message.interfaceIndex)
            else { return [] }
            return [.addressRemoved(name, address)]
        case .overrun:
            let links = (try? directory.links()) ?? []
            return links.compactMap { link in link.name.map { .link(InterfaceName($0), isUp: link.isUpAndRunning) } }
        }
    }
}
