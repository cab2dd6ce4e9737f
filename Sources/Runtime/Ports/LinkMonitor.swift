import NetworkPrimitives

/// Reports interfaces going up or down (rtnetlink RTMGRP_LINK).
public protocol LinkMonitor: Sendable {
    /// Every change from now on; single consumer.
    func changes() -> AsyncStream<LinkChange>
}

/// One interface's new operational state: up means IFF_UP and IFF_RUNNING.
public struct LinkChange: Hashable, Sendable {
    public var interface: InterfaceName
    public var isUp: Bool

    public init(interface: InterfaceName, isUp: Bool) {
        self.interface = interface
        self.isUp = isUp
    }
}
