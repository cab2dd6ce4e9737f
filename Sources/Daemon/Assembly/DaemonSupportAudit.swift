import KeepalivedConfig

/// What the daemon does not do with a configuration it loads, said before it runs: keywords the
/// parser reads and models but the daemon does not act on are warnings naming the consequence, and a
/// configuration the daemon would run wrongly is refused (an error). `vigil check` reports these
/// findings; the daemon logs the warnings and refuses to start on an error.
public enum DaemonSupportAudit {
    public static func findings(_ configuration: KeepalivedConfiguration) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for instance in configuration.vrrpInstances {
            if instance.authentication?.kind == .ah {
                findings.append(
                    .error(
                        "vrrp_instance '\(instance.name)': auth_type AH is not supported: vigil would reject every AH "
                            + "advertisement and each node would become MASTER; use auth_type PASS or no authentication",
                        at: instance.location, exitClass: .fatal))
            }
            if !instance.accept, instance.priority != 255 {
                // keepalived 2.2.7 drops traffic to a non-owner master's VIPs with nftables (or iptables) rules.
                let why = instance.strictMode ? "strict mode turns accept mode off" : "no_accept"
                findings.append(
                    .warning(
                        "not supported: accept mode off in vrrp_instance '\(instance.name)' (\(why)): vigil installs no "
                            + "firewall rules, so as master it accepts traffic addressed to its VIPs, as in accept mode",
                        at: instance.location))
            }
            for route in instance.addresses.virtualRoutes {
                guard let option = unsupportedOption(route) else { continue }
                findings.append(
                    .warning(
                        "not supported: \(option) in virtual_routes of '\(instance.name)': this route will not be "
                            + "installed", at: route.location))
            }
            for rule in instance.addresses.virtualRules {
                guard case .unsupported(let option) = VirtualRuleTranslation.translate(rule) else { continue }
                findings.append(
                    .warning(
                        "not supported: \(option) in virtual_rules of '\(instance.name)': this rule will not be "
                            + "installed", at: rule.location))
            }
        }
        let statics = configuration.staticAddressing
        for route in statics.routes {
            guard let option = unsupportedOption(route) else { continue }
            findings.append(
                .warning("not supported: \(option) in static_routes: this route will not be installed", at: route.location))
        }
        for rule in statics.rules {
            guard case .unsupported(let option) = VirtualRuleTranslation.translate(rule) else { continue }
            findings.append(
                .warning("not supported: \(option) in static_rules: this rule will not be installed", at: rule.location))
        }
        return findings
    }

    /// The first part of a `virtual_routes` line the daemon cannot install (the assembly leaves the
    /// line out); nil when it installs it.
    static func unsupportedOption(_ route: VirtualRoute) -> String? {
        if route.type != "unicast" { return "route type '\(route.type)'" }
        if route.from != nil { return "'from'" }
        if !route.nextHops.isEmpty { return "'nexthop'" }
        if route.scope != nil { return "'scope'" }
        if route.routingProtocol != nil { return "'proto'" }
        if let option = route.otherOptions.first?.first { return "'\(option)'" }
        if let table = route.table, UInt32(table) == nil, table != "main" { return "table '\(table)'" }
        return nil
    }
}
