import KeepalivedConfig
import LinuxPlatform
import NetworkPrimitives

/// keepalived -t's interface check, which needs the host: every interface the VRRP side names (an
/// instance's `interface`, `track_interface` in instances and sync groups, `dev` of addresses and
/// routes, `iif`/`oif` of rules, `default_interface`) must exist, unless `dynamic_interfaces` is set.
/// keepalived reports each missing one and then "Non-existent interface specified in configuration",
/// and `-t` exits 5. `vigil check` stays host-independent and says it skipped this check.
enum InterfaceAudit {
    /// The sentence `vigil check` prints for the host checks it does not run.
    static let skippedNotice =
        "note: not checked on this host: that the interfaces named exist ('vigil -t' checks them as 'keepalived -t' does)"

    /// One error per interface reference that `exists` says is missing (none with `dynamic_interfaces`).
    static func audit(
        _ configuration: KeepalivedConfiguration,
        exists: (InterfaceName) -> Bool = { System.interfaceIndex(named: $0.rawValue) != 0 }
    ) -> [Diagnostic] {
        guard !configuration.globalDefinitions.vrrp.dynamicInterfaces else { return [] }
        return references(configuration).compactMap { reference in
            guard !exists(reference.name) else { return nil }
            return .error(
                "interface \(reference.name) for \(reference.use) does not exist on this host; keepalived reports "
                    + "'Non-existent interface specified in configuration' and exits 5",
                at: reference.location)
        }
    }

    struct Reference {
        var name: InterfaceName
        var use: String
        var location: SourceLocation?
    }

    /// Every interface the configuration names, in file order within each kind.
    static func references(_ configuration: KeepalivedConfiguration) -> [Reference] {
        var references: [Reference] = []
        if let name = configuration.globalDefinitions.vrrp.defaultInterface {
            references.append(Reference(name: name, use: "default_interface", location: nil))
        }
        for instance in configuration.vrrpInstances {
            let owner = "vrrp_instance \(instance.name)"
            if let name = instance.interface {
                references.append(Reference(name: name, use: owner, location: instance.location))
            }
            references += instance.tracking.interfaces.map {
                Reference(name: $0.name, use: "track_interface of \(owner)", location: $0.location)
            }
            let addresses = instance.addresses
            references += devices(addresses.virtualIPAddresses + addresses.excludedVirtualIPAddresses, owner: owner)
            references += devices(addresses.virtualRoutes, owner: owner)
            references += devices(addresses.virtualRules, owner: owner)
        }
        for group in configuration.vrrpSyncGroups {
            references += group.trackedInterfaces.map {
                Reference(name: $0.name, use: "track_interface of vrrp_sync_group \(group.name)", location: $0.location)
            }
        }
        let statics = configuration.staticAddressing
        references += devices(statics.addresses, owner: "static_ipaddress")
        references += devices(statics.routes, owner: "static_routes")
        references += devices(statics.rules, owner: "static_rules")
        return references
    }

    private static func devices(_ addresses: [VirtualIPAddress], owner: String) -> [Reference] {
        addresses.compactMap { address in
            address.device.map { Reference(name: $0, use: "address \(address.address) of \(owner)", location: address.location) }
        }
    }

    private static func devices(_ routes: [VirtualRoute], owner: String) -> [Reference] {
        routes.flatMap { route in
            let hops = route.nextHops.compactMap { hop in
                hop.firstIndex(of: "dev").flatMap { $0 + 1 < hop.count ? InterfaceName(hop[$0 + 1]) : nil }
            }
            return ([route.device].compactMap { $0 } + hops).map {
                Reference(name: $0, use: "route \(route.destination) of \(owner)", location: route.location)
            }
        }
    }

    private static func devices(_ rules: [VirtualRule], owner: String) -> [Reference] {
        rules.flatMap { rule in
            [rule.inputInterface, rule.outputInterface].compactMap { name in
                name.map { Reference(name: $0, use: "a rule of \(owner)", location: rule.location) }
            }
        }
    }
}
