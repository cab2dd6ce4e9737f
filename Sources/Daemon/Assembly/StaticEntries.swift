import Engine
import Runtime

/// `static_ipaddress`, `static_routes` and `static_rules`: keepalived installs them when its VRRP process starts and
/// removes them when it stops (`vrrp_daemon.c`), whatever the instances do. A reload keeps the
/// start-up ones.
enum StaticEntries {
    /// Addresses first, then the routes that may go through them, then the rules; each failure is logged.
    static func install(_ assembly: Assembly, ports: RuntimePorts) async {
        for address in assembly.staticAddresses {
            do {
                try await ports.addresses.add(address)
            } catch {
                ports.log.write(.error("cannot add static address \(address): \(error)"))
            }
        }
        if let routes = ports.routes {
            for route in assembly.staticRoutes {
                do {
                    try await routes.add(route)
                } catch {
                    ports.log.write(.error("cannot add static route \(route): \(error)"))
                }
            }
        }
        guard let rules = ports.rules else { return }
        for rule in assembly.staticRules {
            do {
                try await rules.add(rule)
            } catch {
                ports.log.write(.error("cannot add static rule \(rule): \(error)"))
            }
        }
    }

    /// Rules first, then routes, then addresses.
    static func remove(_ assembly: Assembly, ports: RuntimePorts) async {
        if let rules = ports.rules {
            for rule in assembly.staticRules {
                do {
                    try await rules.remove(rule)
                } catch {
                    ports.log.write(.error("cannot remove static rule \(rule): \(error)"))
                }
            }
        }
        if let routes = ports.routes {
            for route in assembly.staticRoutes {
                do {
                    try await routes.remove(route)
                } catch {
                    ports.log.write(.error("cannot remove static route \(route): \(error)"))
                }
            }
        }
        for address in assembly.staticAddresses {
            do {
                try await ports.addresses.remove(address)
            } catch {
                ports.log.write(.error("cannot remove static address \(address): \(error)"))
            }
        }
    }
}
