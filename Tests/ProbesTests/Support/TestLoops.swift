import NIOCore
import NIOPosix
import Probes

/// Event loops shared by the probe tests: one for the runner under test, one for the local servers
/// that play the backends, so a stalled server never shares a thread with the probes.
enum TestLoops {
    static let probes = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    static let servers = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    static var runnerLoop: any EventLoop { probes.next() }

    static func makeRunner() -> ProbeRunner { ProbeRunner(eventLoop: runnerLoop) }
}
