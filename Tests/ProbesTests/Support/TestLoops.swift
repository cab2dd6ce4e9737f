import NIOCore
import NIOPosix
import Probes
import Testing

/// The event loop and stream reactor shared by the probe tests' runners (test servers have
/// threads of their own).
enum TestLoops {
    static let probes = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    // A reactor that cannot start fails the tests that use it (runners without one use NIO).
    static let streams = try? StreamProbeReactor()

    static var runnerLoop: any EventLoop { probes.next() }

    /// TCP_CHECK and plain HTTP_GET on the stream reactor, as the daemon runs them.
    static func makeRunner() -> ProbeRunner { ProbeRunner(eventLoop: runnerLoop, streams: streams) }

    /// Every probe on the event loop (swift-nio's channel pipeline), the reactor's fallback.
    static func makeNIORunner(maximumInFlight: Int = ProbeRunner.defaultMaximumInFlight) -> ProbeRunner {
        ProbeRunner(eventLoop: runnerLoop, maximumInFlight: maximumInFlight)
    }
}

/// Which code runs TCP_CHECK and plain HTTP_GET in a test.
enum ProbeEngine: String, CaseIterable, CustomTestStringConvertible {
    case reactor
    case nio

    var testDescription: String { rawValue }

    func makeRunner() -> ProbeRunner {
        switch self {
        case .reactor: TestLoops.makeRunner()
        case .nio: TestLoops.makeNIORunner()
        }
    }

    /// A runner on `loop` (and, for the reactor, a reactor of its own), so a flood of probes does
    /// not slow the other tests' probes.
    func makeRunner(isolatedOn loop: any EventLoop) throws -> ProbeRunner {
        switch self {
        case .reactor: ProbeRunner(eventLoop: loop, streams: try StreamProbeReactor())
        case .nio: ProbeRunner(eventLoop: loop)
        }
    }
}
