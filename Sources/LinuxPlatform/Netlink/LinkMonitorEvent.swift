import Netlink

/// A change seen by `NetlinkLinkMonitor`.
public enum LinkMonitorEvent: Hashable, Sendable {
    /// The current state of a link that changed, re-read from the kernel after the notification
    /// (notifications coalesce, so only the latest state is meaningful).
    case link(LinkMessage)
    /// The interface is gone (`RTM_DELLINK`, or re-reading it answered `ENODEV`).
    case linkRemoved(InterfaceIndex)
    /// `RTM_NEWADDR`.
    case addressAdded(AddressMessage)
    /// `RTM_DELADDR`.
    case addressRemoved(AddressMessage)
    /// The kernel dropped notifications (`ENOBUFS`): re-read everything of interest.
    case overrun
}
