/// What the mailer has done since it started, for metrics, status and tests.
public struct SMTPMailerActivity: Hashable, Sendable {
    /// Alerts waiting for a session.
    public var queued: Int
    /// True while a session is open.
    public var sending: Bool
    public var delivered: Int
    public var failed: Int
    /// Alerts pushed out of a full queue.
    public var dropped: Int

    public init(queued: Int = 0, sending: Bool = false, delivered: Int = 0, failed: Int = 0, dropped: Int = 0) {
        self.queued = queued
        self.sending = sending
        self.delivered = delivered
        self.failed = failed
        self.dropped = dropped
    }

    /// Nothing waiting and nothing in flight.
    public var isIdle: Bool { queued == 0 && !sending }
}
