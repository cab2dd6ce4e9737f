import NIOCore
import NIOPosix
import Probes

/// The event loop shared by the probe tests' runners (test servers have threads of their own).
enum TestLoops {
    static let probes = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    static var runnerLoop: any EventLoop { probes.next() }

    static func makeRunner() -> ProbeRunner { ProbeRunner(eventLoop: runnerLoop) }
}
