import NIOCore

/// The deadlines of the probes in flight on one event loop. Probes with the same timeout end in
/// the order they started, so each timeout gets a FIFO and one armed NIO timer for its head
/// (probes whose budget began before they started, because they waited for a slot in
/// `ProbeRunner+Admission`, are ordered among themselves and get lanes of their own).
/// NIO cancels a scheduled task with a linear search of its timer heap; with thousands of probes
/// in flight, a timer per probe cancelled on every completion would cost O(probes²). Here nothing
/// is cancelled: finished probes leave the head of their queue as soon as they reach it, and a
/// timer that fires for a finished head just re-arms for the next one.
final class DeadlineQueue {
    private struct Lane {
        var attempts = CircularBuffer<ProbeAttempt>()
        var armedFor: NIODeadline?
    }

    private struct LaneKey: Hashable {
        var timeout: Int64
        var deferred: Bool
    }

    private let eventLoop: any EventLoop
    private var lanes: [LaneKey: Lane] = [:]

    init(eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    /// Probes whose deadline has not been handled yet, finished ones not yet dropped included.
    var count: Int { lanes.values.reduce(0) { $0 + $1.attempts.count } }

    func add(_ attempt: ProbeAttempt, timeout: Duration, deferred: Bool = false) {
        let key = LaneKey(timeout: TimeAmount(timeout).nanoseconds, deferred: deferred)
        lanes[key, default: Lane()].attempts.append(attempt)
        arm(key)
    }

    /// Called when a probe finishes: drops finished probes from the head of its lane.
    func finished(timeout: Duration, deferred: Bool = false) {
        let key = LaneKey(timeout: TimeAmount(timeout).nanoseconds, deferred: deferred)
        while let head = lanes[key]?.attempts.first, head.isFinished { _ = lanes[key]?.attempts.popFirst() }
        if lanes[key]?.attempts.isEmpty == true, lanes[key]?.armedFor == nil { lanes[key] = nil }
    }

    private func arm(_ key: LaneKey) {
        guard let lane = lanes[key], lane.armedFor == nil, let head = lane.attempts.first else { return }
        lanes[key]?.armedFor = head.deadline
        eventLoop.assumeIsolated().scheduleTask(deadline: head.deadline) { [self] in fire(key) }
    }

    private func fire(_ key: LaneKey) {
        lanes[key]?.armedFor = nil
        let now = NIODeadline.now()
        while let head = lanes[key]?.attempts.first, head.isFinished || head.deadline <= now {
            _ = lanes[key]?.attempts.popFirst()
            head.expire()
        }
        if lanes[key]?.attempts.isEmpty == true { lanes[key] = nil }
        arm(key)
    }
}
