/// One IPVS virtual service with its destinations.
public struct VirtualService: Hashable, Sendable {
    /// The attributes `IPVS_CMD_SET_SERVICE` can change in place.
    public struct Settings: Hashable, Sendable {
        public var scheduler: Scheduler
        public var flags: ServiceFlags
        public var persistence: Persistence?

        public init(
            scheduler: Scheduler = .keepalivedDefault, flags: ServiceFlags = [], persistence: Persistence? = nil
        ) {
            self.scheduler = scheduler
            self.flags = flags
            self.persistence = persistence
        }
    }

    public var key: ServiceKey
    public var settings: Settings
    public var destinations: [Destination.Key: Destination]

    public init(key: ServiceKey, settings: Settings = Settings(), destinations: [Destination] = []) {
        self.key = key
        self.settings = settings
        self.destinations = Dictionary(destinations.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Destinations in address, port order.
    public var sortedDestinations: [Destination] {
        destinations.keys.sorted().compactMap { destinations[$0] }
    }

    /// True when some destination can take new connections.
    public var hasActiveDestination: Bool { destinations.values.contains { $0.weight > 0 } }
}
