import CNetShim
import Glibc
import NIOCore
import NIOPosix

/// An event loop whose thread lives in a named network namespace (`/run/netns/NAME`): sockets the
/// probes open there, and scripts they start, see that namespace's interfaces and routes (keepalived's
/// `net_namespace`). `setns` changes only the calling thread, so the rest of the process stays put.
public enum NamespacedEventLoop {
    public struct EnterFailed: Error, CustomStringConvertible {
        public var namespace: String
        public var errno: Int32
        public var description: String {
            "cannot enter network namespace \(namespace): \(String(cString: strerror(errno)))"
        }
    }

    /// A one-thread group whose loop has entered `namespace`; shut it down when done.
    public static func make(namespace: String) async throws -> MultiThreadedEventLoopGroup {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            try await group.next().submit { try enter(namespace) }.get()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        return group
    }

    private static func enter(_ namespace: String) throws {
        let fd = open("/run/netns/\(namespace)", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw EnterFailed(namespace: namespace, errno: errno) }
        defer { close(fd) }
        guard vigil_enter_network_namespace(fd) == 0 else { throw EnterFailed(namespace: namespace, errno: errno) }
    }
}
