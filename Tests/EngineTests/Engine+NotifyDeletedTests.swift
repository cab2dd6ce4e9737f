import Engine
import NetworkPrimitives
import Testing
import VRRP

/// `notify_deleted`: an instance a reload removes reports DELETED instead of FAULT, with the keyword
/// alone (no script of its own) as with a script; without the keyword, FAULT and the FAULT script.
@Suite struct EngineNotifyDeletedTests {
    typealias F = EngineFixture

    static let fault = ScriptLine(arguments: ["/etc/keepalived/fault.sh"])
    static let generic = ScriptLine(arguments: ["/etc/keepalived/notify.sh"])
    static let deleted = ScriptLine(arguments: ["/etc/keepalived/deleted.sh"])

    /// The scripts the removal of VI_1 (a MASTER) by a reload runs.
    static func removalScripts(_ scripts: NotificationScripts) -> [[String]] {
        var engine = F.engine([F.instance(notify: scripts)])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        var other = F.instance(name: "VI_2")
        other.vrrp.virtualRouterID = 52
        let effects = engine.reconfigure(
            to: EngineConfiguration(instances: [other]), linkStates: ["eth0": true], now: .zero + .seconds(5))
        return effects.scripts.filter { $0.purpose == .notify(name: "VI_1") }.map(\.arguments)
    }

    @Test func withoutTheKeywordARemovedInstanceReportsFault() {
        let scripts = NotificationScripts(fault: Self.fault, generic: Self.generic)
        #expect(
            Self.removalScripts(scripts) == [
                ["/etc/keepalived/fault.sh"], ["/etc/keepalived/notify.sh", "INSTANCE", "VI_1", "FAULT", "101"],
            ])
    }

    @Test func theKeywordAloneReportsDeletedAndRunsNoFaultScript() {
        let scripts = NotificationScripts(fault: Self.fault, generic: Self.generic, notifyDeleted: true)
        #expect(Self.removalScripts(scripts) == [["/etc/keepalived/notify.sh", "INSTANCE", "VI_1", "DELETED", "101"]])
    }

    @Test func theKeywordWithAScriptRunsItThenReportsDeleted() {
        let scripts = NotificationScripts(
            fault: Self.fault, deleted: Self.deleted, generic: Self.generic, notifyDeleted: true)
        #expect(
            Self.removalScripts(scripts) == [
                ["/etc/keepalived/deleted.sh"], ["/etc/keepalived/notify.sh", "INSTANCE", "VI_1", "DELETED", "101"],
            ])
    }
}
