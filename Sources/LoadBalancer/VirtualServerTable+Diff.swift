extension VirtualServerTable {
    /// The changes that turn `observed` into `desired`: nothing for what already matches, and within a
    /// service additions before weight changes before removals, so a service that has destinations before
    /// and after never passes through having none (or none with weight) on the way.
    public static func diff(observed: VirtualServerTable, desired: VirtualServerTable) -> [DataPlaneChange] {
        var changes: [DataPlaneChange] = []
        for want in desired.sortedServices {
            guard let have = observed.services[want.key] else {
                changes.append(.addService(want.key, want.settings))
                changes += want.sortedDestinations.map { .addDestination(want.key, $0) }
                continue
            }
            if have.settings != want.settings {
                changes.append(.updateService(want.key, want.settings))
            }
            changes += destinationChanges(from: have, to: want)
        }
        for have in observed.sortedServices where desired.services[have.key] == nil {
            changes.append(.removeService(have.key))
        }
        return changes
    }

    private static func destinationChanges(from have: VirtualService, to want: VirtualService) -> [DataPlaneChange] {
        let key = want.key
        let wanted = want.sortedDestinations
        let added = wanted.filter { have.destinations[$0.key] == nil }
        let updated = wanted.filter { destination in
            have.destinations[destination.key].map { $0 != destination } ?? false
        }
        // Raising weights before lowering them keeps capacity in the pool throughout.
        let raised = updated.filter { $0.weight > 0 }
        let lowered = updated.filter { $0.weight == 0 }
        let removed = have.sortedDestinations.filter { want.destinations[$0.key] == nil }
        return added.map { .addDestination(key, $0) }
            + (raised + lowered).map { .updateDestination(key, $0) }
            + removed.map { .removeDestination(key, $0.key) }
    }
}
