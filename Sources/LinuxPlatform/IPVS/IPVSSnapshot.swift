import LoadBalancer
import Netlink

/// The kernel's IPVS table as dumped: every service with its destinations and counters.
public struct IPVSSnapshot: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var service: IPVSService
        public var destinations: [IPVSDestination]

        public init(service: IPVSService, destinations: [IPVSDestination]) {
            self.service = service
            self.destinations = destinations
        }
    }

    /// In the kernel's dump order.
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The table the planner diffs against. Entries the planner cannot express (a scheduler or
    /// protocol it does not know, local forwarding) are left out and listed in `unrepresented`.
    public var virtualServerTable: VirtualServerTable {
        VirtualServerTable(entries.compactMap(Self.virtualService))
    }

    /// Services and destinations `virtualServerTable` leaves out, in ipvsadm's notation.
    public var unrepresented: [String] {
        entries.flatMap { entry -> [String] in
            guard Self.virtualService(entry) != nil else { return ["\(entry.service.key)"] }
            return entry.destinations.filter { Destination($0) == nil }.map { "\(entry.service.key) -> \($0.address)" }
        }
    }

    private static func virtualService(_ entry: Entry) -> VirtualService? {
        guard let key = ServiceKey(entry.service.key), let settings = VirtualService.Settings(entry.service) else {
            return nil
        }
        return VirtualService(
            key: key, settings: settings, destinations: entry.destinations.compactMap(Destination.init))
    }
}
