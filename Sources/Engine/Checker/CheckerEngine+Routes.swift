import LoadBalancer
import NetworkPrimitives

extension CheckerEngine {
    /// The tracked scripts of the announced routes that are due, as script effects.
    mutating func dueRouteScripts(now: MonotonicInstant) -> [CheckerEffect] {
        routing.scripts.due(now: now).map { .runRouteScript($0) }
    }

    /// Records a tracked script's run; logs when its verdict changed.
    mutating func routeScriptCompleted(_ name: String, _ outcome: ScriptOutcome) -> [CheckerEffect] {
        guard let reading = routing.scripts.completed(name, outcome) else { return [] }
        let verdict = reading == .up ? "succeeded" : "failed"
        return [.log(.info("VRRP_Script(\(name)) \(verdict) (tracked by vigil_bgp)"))]
    }

    /// `.announceRoutes` when the prefixes this director should announce differ from the last ones.
    mutating func routeChanges() -> [CheckerEffect] {
        guard routing.isActive else { return [] }
        let desired = routing.desired { planner.isQuorumUp($0) ?? false }
        guard desired != routing.announced else { return [] }
        let previous = routing.announced ?? []
        routing.announced = desired
        var effects: [CheckerEffect] = []
        for prefix in desired where !previous.contains(prefix) {
            effects.append(.log(.info("BGP: announcing \(prefix)")))
        }
        for prefix in previous where !desired.contains(prefix) {
            effects.append(.log(.info("BGP: withdrawing \(prefix)")))
        }
        effects.append(.announceRoutes(desired))
        return effects
    }
}
