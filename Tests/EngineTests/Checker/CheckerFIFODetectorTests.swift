import Engine
import HealthCheck
import LoadBalancer
import Testing

private typealias F = CheckerFixture

@Suite struct CheckerFIFODetectorTests {
    private static let vs = "[10.0.0.100]:tcp:80"
    private static let rs = "[10.0.1.1]:tcp:8080"

    /// Two healthy real servers (quorum 2), then the first refuses connections, then it answers again.
    @Test func aRealServerFlipWritesItsRSLineThenTheQuorumFlipItsVSLine() {
        var world = CheckerWorld()
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)], quorum: 2)))
        world.run(for: .seconds(2))
        var snapshots = [world.engine.snapshot(now: world.now)]
        for behaviour in [CheckerWorld.Behaviour.refusing, .healthy] {
            world.set(1, behaviour)
            world.run(for: .seconds(4))
            snapshots.append(world.engine.snapshot(now: world.now))
        }
        let (healthy, failed, recovered) = (snapshots[0], snapshots[1], snapshots[2])
        #expect(
            CheckerFIFODetector.lines(from: healthy, to: failed).map(\.text) == [
                "RS \(Self.rs) \(Self.vs) DOWN\n", "VS \(Self.vs) DOWN\n",
            ])
        #expect(
            CheckerFIFODetector.lines(from: failed, to: recovered).map(\.text) == [
                "RS \(Self.rs) \(Self.vs) UP\n", "VS \(Self.vs) UP\n",
            ])
        #expect(CheckerFIFODetector.lines(from: CheckerSnapshot(), to: failed).isEmpty)
        #expect(CheckerFIFODetector.lines(from: failed, to: failed).isEmpty)
    }

    /// rs_init_notifies: the servers a configuration adds that are up write an RS UP line; a down one none.
    @Test func theInitialLinesNameEveryNewServerThatIsUp() {
        var world = CheckerWorld()
        world.set(2, .refusing)
        world.configure(F.configuration(F.virtualServer([F.server(1), F.server(2)])))
        world.run(for: .seconds(3))
        let snapshot = world.engine.snapshot(now: world.now)
        #expect(CheckerFIFODetector.initialLines(from: CheckerSnapshot(), to: snapshot).map(\.text) == ["RS \(Self.rs) \(Self.vs) UP\n"])
        #expect(CheckerFIFODetector.initialLines(from: snapshot, to: snapshot).isEmpty)
    }
}
