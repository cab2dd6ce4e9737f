import KeepalivedConfig

/// Which FIFOs each side writes (Docs/Keepalived.md §6.3): the VRRP side writes `notify_fifo` and
/// `vrrp_notify_fifo`, the checker side `notify_fifo` and `lvs_notify_fifo`. A `*_fifo_script` given
/// without its FIFO is dropped, as keepalived drops it.
struct NotifyFIFOPlan: Hashable, Sendable {
    var all: NotifyFIFO?
    var vrrpOnly: NotifyFIFO?
    var lvsOnly: NotifyFIFO?

    init(_ settings: NotifyFIFOSettings) {
        all = Self.usable(settings.all)
        vrrpOnly = Self.usable(settings.vrrp)
        lvsOnly = Self.usable(settings.lvs)
    }

    /// Every FIFO to open, each once.
    var every: [NotifyFIFO] { [all, vrrpOnly, lvsOnly].compactMap { $0 } }

    /// The paths VRRP lines go to.
    var vrrp: [String] { [all, vrrpOnly].compactMap { $0?.path } }

    /// The paths checker lines go to.
    var lvs: [String] { [all, lvsOnly].compactMap { $0?.path } }

    private static func usable(_ fifo: NotifyFIFO?) -> NotifyFIFO? {
        guard let fifo, !fifo.path.isEmpty else { return nil }
        return fifo
    }
}
