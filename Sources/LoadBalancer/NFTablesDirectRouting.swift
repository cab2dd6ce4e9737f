import NetworkPrimitives

/// What the netdev rendering of DR services needs to know about the director, found by the data
/// plane before each apply: the interface that reaches each real server, and the clients the table
/// being replaced remembers for persistent services (Docs/Modules/LoadBalancer.md).
public struct NFTablesDirectRouting: Hashable, Sendable {
    /// The director's interface on each DR real server's segment. A real server missing here (no
    /// route, reached through a gateway, or one of the director's own addresses) cannot be reached by
    /// rewriting the MAC address and is reported as an omission.
    public var devices: [IPAddress: String]
    /// Remembered clients by persistence set name, carried into the new table with their time left.
    public var persisted: [String: [NFTablesPersistedClient]]

    public init(devices: [IPAddress: String] = [:], persisted: [String: [NFTablesPersistedClient]] = [:]) {
        self.devices = devices
        self.persisted = persisted
    }

    /// The addresses of the DR destinations in `table` whose interface must be looked up.
    public static func realServers(in table: VirtualServerTable) -> [IPAddress] {
        var addresses = Set<IPAddress>()
        for service in table.services.values {
            for destination in service.destinations.values
            where destination.forwarding == .directRouting && destination.address.family == service.key.family {
                addresses.insert(destination.address)
            }
        }
        return addresses.sorted()
    }

    /// True when some DR service of `table` is persistent, so the old table's clients are worth reading.
    public static func remembersClients(_ table: VirtualServerTable) -> Bool {
        table.services.values.contains { service in
            service.settings.persistence != nil
                && service.destinations.values.contains { $0.forwarding == .directRouting }
        }
    }
}
