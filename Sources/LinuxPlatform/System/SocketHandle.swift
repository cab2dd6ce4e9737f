import Glibc
import Synchronization

/// Owns one socket descriptor and closes it exactly once, on `close()` or when released.
package final class SocketHandle: Sendable {
    package let descriptor: Int32
    private let closed = Atomic<Bool>(false)

    package init(_ descriptor: Int32) { self.descriptor = descriptor }

    /// Opens a socket (close-on-exec); `nonBlocking` adds `SOCK_NONBLOCK` (equal to `O_NONBLOCK` on Linux).
    package convenience init(domain: Int32, type: Int32, protocol: Int32, nonBlocking: Bool = true)
        throws(SystemError)
    {
        let flags = nonBlocking ? O_NONBLOCK : 0
        self.init(try System.socket(domain: domain, type: type | flags, protocol: `protocol`))
    }

    package var isClosed: Bool { closed.load(ordering: .acquiring) }

    /// Closes the descriptor; later calls do nothing.
    package func close() {
        let (exchanged, _) = closed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
        if exchanged { System.close(descriptor) }
    }

    deinit { close() }
}
