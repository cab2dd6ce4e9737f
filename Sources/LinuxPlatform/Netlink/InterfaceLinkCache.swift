import Glibc
import Netlink
import NetworkPrimitives
import Synchronization

/// The index and MAC of interfaces looked up by name, kept only while a `NetlinkLinkMonitor` follows
/// the links (keepalived's interface list, kept by its netlink monitor): a VRRP takeover adds a VIP and
/// sends its 5 GARPs for each of hundreds of instances, and asking the kernel for the interface each
/// time (RTM_GETLINK) was 6 of each instance's 7 netlink round trips (Docs/Benchmarks.md, the takeover). Every link
/// notification the monitor reads (and a lost one) forgets what is kept, before the link change
/// reaches the VRRP engine; with no follower nothing is kept and every lookup asks the kernel.
public final class InterfaceLinkCache: Sendable {
    /// What a VIP add and a GARP need of an interface.
    public struct Entry: Hashable, Sendable {
        /// The interface's kernel index.
        public var index: InterfaceIndex
        /// Its MAC; nil for an interface without one.
        public var hardwareAddress: MACAddress?
    }

    private struct State: Sendable {
        var followers = 0
        /// Counts forgettings, so a lookup that raced with a notification is not kept.
        var generation: UInt64 = 0
        var entries: [InterfaceName: Entry] = [:]

        mutating func forget() {
            generation &+= 1
            entries.removeAll()
        }
    }

    private let state = Mutex(State())

    /// An empty cache that keeps nothing until a monitor follows the links.
    public init() {}

    /// A monitor has started reading link notifications.
    public func follow() {
        state.withLock { state in
            state.followers += 1
            state.forget()
        }
    }

    /// A monitor has stopped reading them.
    public func unfollow() {
        state.withLock { state in
            state.followers = max(0, state.followers - 1)
            state.forget()
        }
    }

    /// A link changed (or notifications were lost): forget every interface.
    public func forget() {
        state.withLock { $0.forget() }
    }

    /// The kept entry for `name`, or `lookUp`'s, kept when a monitor follows and nothing changed meanwhile.
    func entry<Failure: Error>(named name: InterfaceName, lookUp: () throws(Failure) -> Entry) throws(Failure) -> Entry {
        let (kept, generation, following) = state.withLock { ($0.entries[name], $0.generation, $0.followers > 0) }
        if let kept { return kept }
        let entry = try lookUp()
        if following {
            state.withLock { state in
                if state.followers > 0 && state.generation == generation { state.entries[name] = entry }
            }
        }
        return entry
    }

    /// The request failed because the interface index it carried is gone (ENODEV, ENXIO): what a
    /// kept index of an interface deleted and created again gives before the monitor has read the
    /// change. Only then is a request worth retrying with a fresh lookup; other refusals (a down link,
    /// a full table) fail the same way again.
    public static func isStaleIndexError(_ error: any Error) -> Bool {
        let errno = (error as? NetlinkRequestError)?.kernelErrno ?? (error as? SystemError)?.errno
        return errno == ENODEV || errno == ENXIO
    }
}
