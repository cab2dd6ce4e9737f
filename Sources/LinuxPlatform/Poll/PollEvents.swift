import Glibc

/// What `poll()` reported for a descriptor (`POLLIN`, `POLLERR`, `POLLHUP`, `POLLNVAL`).
public struct PollEvents: OptionSet, Hashable, Sendable {
    public var rawValue: Int16

    public init(rawValue: Int16) { self.rawValue = rawValue }

    public static let readable = PollEvents(rawValue: Int16(POLLIN))
    public static let error = PollEvents(rawValue: Int16(POLLERR))
    public static let hangUp = PollEvents(rawValue: Int16(POLLHUP))
    /// The descriptor is not open; the loop drops its registration.
    public static let invalid = PollEvents(rawValue: Int16(POLLNVAL))
}
