/// A notification FIFO (`notify_fifo PATH [USER [GROUP]]`) and the reader script keepalived starts for it.
public struct NotifyFIFO: Hashable, Sendable {
    public var path: String
    public var user: String?
    public var group: String?
    /// `*_fifo_script`: started with the FIFO path appended.
    public var script: ScriptCommand?

    public init(path: String) {
        self.path = path
    }
}

/// The three FIFOs of `global_defs`.
public struct NotifyFIFOSettings: Hashable, Sendable {
    /// `notify_fifo`: VRRP and checker events.
    public var all: NotifyFIFO?
    /// `vrrp_notify_fifo`.
    public var vrrp: NotifyFIFO?
    /// `lvs_notify_fifo`.
    public var lvs: NotifyFIFO?
    /// `fifo_write_vrrp_states_on_reload`.
    public var writeVRRPStatesOnReload: Bool

    public init() {
        writeVRRPStatesOnReload = false
    }
}
