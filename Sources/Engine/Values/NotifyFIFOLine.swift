import VRRP

/// One line written to the notify FIFOs (`notify_fifo`, `vrrp_notify_fifo`, `lvs_notify_fifo`), in
/// keepalived's format (Docs/Keepalived.md §6.3): `INSTANCE "VI_1" MASTER 100`, `GROUP "G1" BACKUP 0`,
/// `RS [10.0.1.1]:tcp:80 [10.0.0.1]:tcp:80 DOWN`, `VS [10.0.0.1]:tcp:80 UP`. `text` ends in a newline.
public struct NotifyFIFOLine: Hashable, Sendable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    /// An instance entered `state` (`deleted` already turned into FAULT where keepalived does).
    public static func instance(_ name: String, _ state: VRRPNotifyState, priority: UInt8) -> NotifyFIFOLine {
        NotifyFIFOLine(text: "INSTANCE \"\(name)\" \(state) \(priority)\n")
    }

    /// A sync group entered `state`; keepalived writes priority 0 for groups.
    public static func group(_ name: String, _ state: VRRPNotifyState) -> NotifyFIFOLine {
        NotifyFIFOLine(text: "GROUP \"\(name)\" \(state) 0\n")
    }

    /// An instance event that is not a state: `MASTER_RX_LOWER_PRI`, `MASTER_PRIORITY`, `BACKUP_PRIORITY`.
    public static func instanceEvent(_ name: String, _ event: String, priority: UInt8) -> NotifyFIFOLine {
        NotifyFIFOLine(text: "INSTANCE \"\(name)\" \(event) \(priority)\n")
    }

    /// A real server of a virtual server came up or went down (its labels as the checker logs them).
    public static func realServer(_ realServer: String, of virtualServer: String, up: Bool) -> NotifyFIFOLine {
        NotifyFIFOLine(text: "RS \(realServer) \(virtualServer) \(up ? "UP" : "DOWN")\n")
    }

    /// A virtual server gained or lost quorum.
    public static func virtualServer(_ virtualServer: String, up: Bool) -> NotifyFIFOLine {
        NotifyFIFOLine(text: "VS \(virtualServer) \(up ? "UP" : "DOWN")\n")
    }
}
