import Engine

/// Where notify FIFO lines go (`notify_fifo`, `vrrp_notify_fifo`, `lvs_notify_fifo`). `write` must
/// never block: a FIFO whose reader does not keep up loses lines, as keepalived's non-blocking
/// write loses them.
public protocol NotifyFIFOSink: Sendable {
    func write(_ line: NotifyFIFOLine)
}
