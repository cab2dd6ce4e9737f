import Foundation
import Glibc

/// Waits for conditions with a deadline instead of sleeping a fixed time.
enum Deadline {
    /// Blocks in `poll()` until `fd` is readable or `timeout` passes; true when readable.
    static func waitReadable(_ fd: Int32, timeout: Duration = .seconds(5)) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ms = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return Glibc.poll(&p, 1, ms) == 1
    }

    /// Re-evaluates `condition` until it returns a value or `timeout` passes, waiting on `fd`
    /// (when given) between attempts so no time is spent spinning.
    static func poll<T>(timeout: Duration = .seconds(5), waitingOn fd: Int32? = nil, _ condition: () throws -> T?)
        rethrows -> T?
    {
        let end = ContinuousClock.now + timeout
        while ContinuousClock.now < end {
            if let value = try condition() { return value }
            if let fd { _ = waitReadable(fd, timeout: .milliseconds(50)) } else { _ = Glibc.poll(nil, 0, 10) }
        }
        return try condition()
    }
}
