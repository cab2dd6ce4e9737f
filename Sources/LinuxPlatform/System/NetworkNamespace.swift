import Glibc
import Synchronization

/// Runs code inside a named network namespace (`ip netns add NAME`, i.e. `/run/netns/NAME`).
///
/// `setns(CLONE_NEWNET)` changes only the calling thread, and sockets stay in the namespace they
/// were created in; so the body runs on a fresh thread that enters the namespace and exits, and
/// whatever sockets it opened (raw, netlink, packet) keep working from any thread afterwards.
/// This serves keepalived's `net_namespace` and the namespace tests.
public enum NetworkNamespace {
    /// `CLONE_NEWNET` (linux/sched.h).
    static let cloneNewNet: Int32 = 0x4000_0000

    /// Runs `body` on a thread inside namespace `name` and returns its result.
    public static func run<T: Sendable>(named name: String, _ body: @escaping @Sendable () -> T) throws(SystemError)
        -> T
    {
        try run(path: "/run/netns/\(name)", body)
    }

    /// Runs `body` on a thread inside the namespace at `path` (a `/run/netns` or `/proc/PID/ns/net` file).
    public static func run<T: Sendable>(path: String, _ body: @escaping @Sendable () -> T) throws(SystemError) -> T {
        let namespace = try System.open(path, flags: O_RDONLY)
        defer { System.close(namespace) }
        let outcome = Outcome<T>()
        let thread = try OSThread.spawn(name: "vigil-netns") {
            do throws(SystemError) {
                try System.setNamespace(namespace, type: cloneNewNet)
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

    private final class Outcome<T: Sendable>: Sendable {
        let value = Mutex<Result<T, SystemError>?>(nil)
    }
}
