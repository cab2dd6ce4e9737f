import Engine
import HealthCheck
import LoadBalancer
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerFIFODetectorTests {
    /// Two healthy real servers (quorum 2), then the first refuses connections, then it answers again.
    @Test func aRealServerFlipWritesItsRSLineThenTheQuorumFlipItsVSLine() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)], quorum: 2)))
        world.run(for: .seconds(2))
        let healthy = world.engine.snapshot(now: world.now)
        world.set(1, .refusing)
        world.run(for: .seconds(4))
        let failed = world.engine.snapshot(now: world.now)
        #expect(
            CheckerFIFODetector.lines(from: healthy, to: failed).map(\.text) == [
                "RS [10.0.1.1]:tcp:8080 [10.0.0.100]:tcp:80 DOWN\n", "VS [10.0.0.100]:tcp:80 DOWN\n",
            ])
        world.set(1, .healthy)
        world.run(for: .seconds(4))
        let recovered = world.engine.snapshot(now: world.now)
        #expect(
            CheckerFIFODetector.lines(from: failed, to: recovered).map(\.text) == [
                "RS [10.0.1.1]:tcp:8080 [10.0.0.100]:tcp:80 UP\n", "VS [10.0.0.100]:tcp:80 UP\n",
            ])
        #expect(CheckerFIFODetector.lines(from: CheckerSnapshot(), to: failed).isEmpty)
        #expect(CheckerFIFODetector.lines(from: failed, to: failed).isEmpty)
    }
}
