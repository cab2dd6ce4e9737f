import LinuxPlatform
import NIOCore
import NIOPosix

/// An event loop whose thread lives in a named network namespace (`/run/netns/NAME`): sockets the
/// probes open there, and scripts they start, see that namespace's interfaces and routes (keepalived's
/// `net_namespace`). `setns` changes only the calling thread, so the rest of the process stays put.
public enum NamespacedEventLoop {
    public struct EnterFailed: Error, CustomStringConvertible {
        public var namespace: String
        /// The failed `open` or `setns`.
        public var failure: SystemError
        public var description: String { "cannot enter network namespace \(namespace): \(failure)" }
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

    private static func enter(_ namespace: String) throws(EnterFailed) {
        do {
            try NetworkNamespace.enterOnThisThread(named: namespace)
        } catch {
            throw EnterFailed(namespace: namespace, failure: error)
        }
    }
}
