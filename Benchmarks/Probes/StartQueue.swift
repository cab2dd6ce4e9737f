import NIOCore
import Probes

/// The benchmark's re-check schedule on the probe loop: every server's next start, in start order
/// (all intervals are equal, so a FIFO is sorted), with one armed timer for the head, the way a
/// runtime arms one timer for the pure scheduler's `nextDeadline`. Like HAProxy's scheduler it
/// works in 1 ms ticks: everything due within the tick starts on one wake-up.
final class StartQueue {
    static let tick = TimeAmount.milliseconds(1)
    private var pending = CircularBuffer<(deadline: NIODeadline, server: Int)>()
    private var armedFor: NIODeadline?
    private let eventLoop: any EventLoop
    private let start: (Int) -> Void

    init(eventLoop: any EventLoop, start: @escaping (Int) -> Void) {
        self.eventLoop = eventLoop
        self.start = start
    }

    func enqueue(_ server: Int, at deadline: NIODeadline) {
        pending.append((deadline, server))
        arm()
    }

    private func arm() {
        guard armedFor == nil, let head = pending.first else { return }
        let tick = Self.tick.nanoseconds
        let slot = NIODeadline.uptimeNanoseconds((head.deadline.uptimeNanoseconds / UInt64(tick) + 1) * UInt64(tick))
        armedFor = slot
        eventLoop.assumeIsolated().scheduleTask(deadline: slot) { [self] in fire() }
    }

    private func fire() {
        armedFor = nil
        let now = NIODeadline.now()
        while let head = pending.first, head.deadline <= now {
            _ = pending.popFirst()
            start(head.server)
        }
        arm()
    }
}
