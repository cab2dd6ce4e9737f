import Engine
import Runtime

/// `static_ipaddress` and `static_routes`: keepalived installs them when its VRRP process starts and
/// removes them when it stops (`vrrp_daemon.c`), whatever the instances do. A reload keeps the
/// start-up ones.
enum StaticEntries {
    /// Addresses first, then the routes that may go through them; each failure is logged.
    static func install(_ assembly: Assembly, ports: RuntimePorts) async {
        for address in assembly.staticAddresses {
            do {
                try await ports.addresses.add(address)
            } catch {
                ports.log.write(.error("cannot add static address \(address): \(error)"))
            }
        }
        guard let routes = ports.routes else { return }
        for route in assembly.staticRoutes {
            do {
                try await routes.add(route)
            } catch {
                ports.log.write(.error("cannot add static route \(route): \(error)"))
            }
        }
    }

    /// Routes first, then addresses.
    static func remove(_ assembly: Assembly, ports: RuntimePorts) async {
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
