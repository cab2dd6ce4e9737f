import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineNotifyTests {
    typealias F = EngineFixture

    private let scripts = NotificationScripts(
        master: ScriptLine(arguments: ["/etc/keepalived/master.sh", "up"]),
        stop: ScriptLine(arguments: ["/etc/keepalived/stop.sh"]),
        generic: ScriptLine(arguments: ["/etc/keepalived/notify.sh"], user: ScriptUser(name: "op")))

    @Test func becomingMasterRunsTheStateScriptThenTheGenericOneWithKeepalivedsArguments() {
        var engine = F.engine([F.instance(notify: scripts)])
        _ = engine.start(now: .zero)
        let requests = F.run(&engine, until: .zero + .seconds(4)).scripts
        #expect(requests.map(\.arguments) == [
            ["/etc/keepalived/master.sh", "up"], ["/etc/keepalived/notify.sh", "INSTANCE", "VI_1", "MASTER", "101"],
        ])
        #expect(requests.map(\.purpose) == [.notify(name: "VI_1"), .notify(name: "VI_1")])
        #expect(requests[1].user == ScriptUser(name: "op"))
    }

    @Test func theStopNotifyGetsKeepalivedsOneSecond() {
        var engine = F.engine([F.instance(notify: scripts)])
        _ = engine.start(now: .zero)
        let requests = engine.handle(.shutdownRequested, now: .zero + .seconds(1)).scripts
        #expect(requests.map(\.arguments) == [
            ["/etc/keepalived/stop.sh"], ["/etc/keepalived/notify.sh", "INSTANCE", "VI_1", "STOP", "101"],
        ])
        #expect(requests.allSatisfy { $0.timeout == .seconds(1) })
    }
}
