import NetworkPrimitives

/// Reports interfaces going up or down and addresses disappearing (rtnetlink RTMGRP_LINK and
/// the address groups).
public protocol LinkMonitor: Sendable {
    /// Every change from now on; single consumer.
    func changes() -> AsyncStream<InterfaceEvent>
}

/// One change on an interface.
public enum InterfaceEvent: Hashable, Sendable {
    /// The interface's new operational state: up means IFF_UP and IFF_RUNNING.
    case link(InterfaceName, isUp: Bool)
    /// An address was deleted from the interface (by us, or by someone else).
    case addressRemoved(InterfaceName, IPAddress)
}
