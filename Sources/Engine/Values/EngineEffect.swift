import NetworkPrimitives

/// What the engine wants done; the runtime interprets each effect onto a port, in order.
public enum EngineEffect: Hashable, Sendable {
    /// Send one VRRP advertisement.
    case transmit(VRRPTransmission)
    /// Install a virtual address (RTM_NEWADDR, Docs/Keepalived.md §3.13).
    case addAddress(VirtualAddress)
    /// Remove a virtual address (RTM_DELADDR); removing an absent address is not an error.
    case removeAddress(VirtualAddress)
    /// Install a `virtual_routes` route (RTM_NEWROUTE); emitted after the addresses on becoming MASTER.
    case addRoute(VirtualRouteEntry)
    /// Remove a `virtual_routes` route (RTM_DELROUTE) on leaving MASTER; an absent route is not an error.
    case removeRoute(VirtualRouteEntry)
    /// Install a `virtual_rules` rule (RTM_NEWRULE); emitted after the routes on becoming MASTER.
    case addRule(VirtualRuleEntry)
    /// Remove a `virtual_rules` rule (RTM_DELRULE) on leaving MASTER, before the routes; an absent
    /// rule is not an error.
    case removeRule(VirtualRuleEntry)
    /// Send one gratuitous ARP (IPv4) or unsolicited neighbour advertisement (IPv6) for an address
    /// (Docs/Keepalived.md §3.12).
    case announce(IPAddress, on: InterfaceName)
    /// Start a script; its outcome comes back as `EngineEvent.scriptCompleted`.
    case runScript(ScriptRequest)
    /// Write a line to the log.
    case log(LogRecord)
    /// Write a line to the VRRP notify FIFOs (`notify_fifo`, `vrrp_notify_fifo`); emitted only when
    /// `EngineConfiguration.writesNotifyFIFO` is set.
    case writeNotifyFIFO(NotifyFIFOLine)
    /// Start or stop one of the kernel's IPVS connection-sync daemons (`lvs_sync_daemon`,
    /// Docs/Modules/IPVS.md "Connection sync"); stopping one that is not running is not an error.
    case syncDaemon(SyncDaemonCommand)
}
