import LoadBalancer
import NetworkPrimitives
import VRRP

/// The BGP side of the checker engine: the configured routes, the `vrrp_script`s they track (run on
/// their own schedule, rise/fall as on the VRRP side), and the prefixes last handed to the shell.
struct RouteAnnouncements: Sendable {
    var routes: [AnnouncedRoute] = []
    var scripts = CheckScriptScheduler(scripts: [])
    /// What the shell was last told to announce; nil before the first announcement.
    var announced: [IPPrefix]?

    /// Routes are configured, or were and must now be withdrawn.
    var isActive: Bool { !routes.isEmpty || announced?.isEmpty == false }

    /// Takes the new routes and scripts: unchanged scripts keep their health and schedule.
    mutating func configure(_ routes: [AnnouncedRoute], scripts definitions: [CheckScript], now: MonotonicInstant) {
        var next = CheckScriptScheduler(scripts: definitions)
        next.start(now: now)
        next.carryOver(from: scripts, now: now)
        scripts = next
        self.routes = routes
    }

    /// The prefixes to announce now, in configuration order: a script with no verdict yet does not pass.
    func desired(hasQuorum: (VirtualServerID) -> Bool) -> [IPPrefix] {
        routes.filter { route in
            route.virtualServers.allSatisfy(hasQuorum)
                && route.scripts.allSatisfy { scripts.entries[$0]?.health.reading == .up }
        }.map(\.prefix)
    }
}
