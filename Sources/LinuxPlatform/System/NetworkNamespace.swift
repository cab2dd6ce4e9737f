import Glibc
import Synchronization

/// Runs code inside a named network namespace (`ip netns add NAME`, i.e. `/run/netns/NAME`).
///
/// `setns(CLONE_NEWNET)` changes only the calling thread, and sockets stay in the namespace they
/// were created in; so the body runs on a fresh thread that enters the namespace and exits, and
/// whatever sockets it opened (raw, netlink, packet) keep working from any thread afterwards.
/// This serves keepalived's `net_namespace`, the lab and the namespace tests.
public enum NetworkNamespace {
    /// `CLONE_NEWNET` (linux/sched.h).
    static let cloneNewNet: Int32 = 0x4000_0000

    /// Runs `body` on a thread inside namespace `name` and returns its result.
    public static func run<T: Sendable>(named name: String, _ body: @escaping @Sendable () -> T) throws(SystemError)
        -> T
    {
        try run(path: path(named: name), body)
    }

    /// Runs `body` on a thread inside the namespace at `path` (a `/run/netns` or `/proc/PID/ns/net` file).
    public static func run<T: Sendable>(path: String, _ body: @escaping @Sendable () -> T) throws(SystemError) -> T {
        let outcome = Outcome<T>()
        let thread = try OSThread.spawn(name: "vigil-netns") {
            do throws(SystemError) {
                try enterOnThisThread(path: path)
                outcome.value.withLock { $0 = .success(body()) }
            } catch {
                outcome.value.withLock { $0 = .failure(error) }
            }
        }
        thread.join()
        guard let result = outcome.value.withLock({ $0 }) else {
            throw SystemError(call: "setns(thread ended without a result)", errno: EINVAL)
        }
        return try result.get()
    }

    /// Starts a thread named `threadName` inside namespace `name` that runs `body` for as long as
    /// `body` likes (a lab prober, a responder); nobody joins it. Throws when the namespace cannot be
    /// entered, before `body` runs.
    public static func startThread(
        named name: String, threadName: String, _ body: @escaping @Sendable () -> Void
    ) throws(SystemError) {
        // A thread created without CLONE_NEWNET shares its creator's network namespace, so a thread
        // started from inside `run` is in the namespace from its first instruction.
        let spawned = try run(named: name) { () -> Result<OSThread, SystemError> in
            do throws(SystemError) {
                return .success(try OSThread.spawn(name: threadName, body))
            } catch {
                return .failure(error)
            }
        }
        try spawned.get().detach()
    }

    /// Moves the calling thread into namespace `name`, for a thread that is the caller's to keep
    /// there (an event loop's).
    public static func enterOnThisThread(named name: String) throws(SystemError) {
        try enterOnThisThread(path: path(named: name))
    }

    private static func enterOnThisThread(path: String) throws(SystemError) {
        let namespace = try System.open(path, flags: O_RDONLY)
        defer { System.close(namespace) }
        try System.setNamespace(namespace, type: cloneNewNet)
    }

    private static func path(named name: String) -> String { "/run/netns/\(name)" }

    private final class Outcome<T: Sendable>: Sendable {
        let value = Mutex<Result<T, SystemError>?>(nil)
    }
}
