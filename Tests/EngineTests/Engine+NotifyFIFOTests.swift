import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineNotifyFIFOTests {
    typealias F = EngineFixture

    private static func engine(_ instance: EngineInstance, fifo: Bool) -> VRRPEngine {
        var configuration = EngineConfiguration(instances: [instance])
        configuration.writesNotifyFIFO = fifo
        return VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
    }

    private static func lines(_ effects: [EngineEffect]) -> [String] {
        effects.compactMap {
            if case .writeNotifyFIFO(let line) = $0 { return line.text }
            return nil
        }
    }

    @Test func eachStateEnteredWritesKeepalivedsInstanceLineAfterTheScripts() {
        let scripts = NotificationScripts(master: ScriptLine(arguments: ["/etc/keepalived/master.sh"]))
        var engine = Self.engine(F.instance(notify: scripts), fifo: true)
        let started = engine.start(now: .zero)
        let effects = F.run(&engine, until: .zero + .seconds(4))
        #expect(Self.lines(started) == ["INSTANCE \"VI_1\" BACKUP 101\n"])
        #expect(Self.lines(effects) == ["INSTANCE \"VI_1\" MASTER 101\n"])
        let script = effects.firstIndex { if case .runScript = $0 { true } else { false } }
        let line = effects.firstIndex { if case .writeNotifyFIFO = $0 { true } else { false } }
        #expect(script.map { start in line.map { start < $0 } ?? false } == true)
        #expect(Self.lines(engine.handle(.shutdownRequested, now: .zero + .seconds(5))) == ["INSTANCE \"VI_1\" STOP 101\n"])
    }

    @Test func withoutAFIFONoLineIsWritten() {
        var engine = Self.engine(F.instance(), fifo: false)
        let effects = engine.start(now: .zero) + F.run(&engine, until: .zero + .seconds(4))
        #expect(Self.lines(effects).isEmpty)
    }

    @Test func theLinesAreKeepalivedsFormats() {
        #expect(NotifyFIFOLine.group("G1", .backup).text == "GROUP \"G1\" BACKUP 0\n")
        #expect(NotifyFIFOLine.instanceEvent("VI_1", "MASTER_RX_LOWER_PRI", priority: 100).text
            == "INSTANCE \"VI_1\" MASTER_RX_LOWER_PRI 100\n")
        #expect(NotifyFIFOLine.realServer("[10.0.1.1]:tcp:80", of: "[10.0.0.1]:tcp:80", up: false).text
            == "RS [10.0.1.1]:tcp:80 [10.0.0.1]:tcp:80 DOWN\n")
        #expect(NotifyFIFOLine.virtualServer("[10.0.0.1]:tcp:80", up: true).text == "VS [10.0.0.1]:tcp:80 UP\n")
    }
}
