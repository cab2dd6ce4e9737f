import Daemon
import Engine
import NetworkPrimitives
import Synchronization
import Testing
import VRRP

private func run(_ engine: inout VRRPEngine, until end: MonotonicInstant) {
    while let deadline = engine.nextDeadline, deadline <= end { _ = engine.handle(.deadlineReached, now: deadline) }
}

@Suite struct StatusDocumentEngineTests {
    @Test func anInstanceInMaintenanceSaysSoInTheDocumentTheTableAndTheMetrics() throws {
        let board = StatusBoard(routerID: "LB_TEST", wallClock: { 1_000 })
        var engine = try loneInstanceEngine()
        _ = engine.start(now: .zero)
        board.publish(engine)
        #expect(board.document().instances.first?.maintenance == nil)
        #expect(board.document().prometheusText().contains(#"vigil_vrrp_instance_maintenance{instance="VI_1"} 0"#))
        _ = engine.handle(.maintenanceRequested(instance: "VI_1", .enter(.priorityZero)), now: .zero + .seconds(1))
        board.publish(engine)
        let document = board.document()
        #expect(document.instances.first?.maintenance == true)
        #expect(StatusTable.render(document).contains("BACKUP (maintenance)"))
        #expect(document.prometheusText().contains(#"vigil_vrrp_instance_maintenance{instance="VI_1"} 1"#))
        let json = String(decoding: try document.jsonData(), as: UTF8.self)
        #expect(json.contains(#""maintenance":true"#) || json.contains(#""maintenance" : true"#))
    }

    @Test func theBoardPublishesTheEnginesInstancesWithStateCountersAndTransitions() throws {
        let wall = Mutex<Double>(1_000)
        let board = StatusBoard(routerID: "LB_TEST", wallClock: { wall.withLock { $0 } })
        var engine = try loneInstanceEngine()
        _ = engine.start(now: .zero)
        board.publish(engine)
        let backup = try #require(board.document().instances.first)
        #expect(backup.state == .backup)
        #expect(
            backup.lastTransition == StatusDocument.Transition(from: .initialize, to: .backup, reason: "", at: 1_000))

        run(&engine, until: .zero + .seconds(5))
        wall.withLock { $0 = 1_004 }
        board.recordTransition(instance: "VI_1", from: .backup, to: .master, reason: "Receive advertisement timeout")
        board.publish(engine)
        let master = try #require(board.document().instances.first)
        #expect(master.state == .master)
        #expect(master.basePriority == 150 && master.effectivePriority == 150)
        #expect(master.virtualRouterID == 51 && master.interface == "eth0" && master.vrrpVersion == 2)
        #expect(master.virtualAddresses == ["10.99.0.100/24"])
        #expect(master.masterAddress == nil)
        #expect(master.counters.becameMaster == 1 && master.counters.advertisementsSent >= 1)
        #expect(
            master.lastTransition
                == StatusDocument.Transition(
                    from: .backup, to: .master, reason: "Receive advertisement timeout", at: 1_004))
        #expect(board.document().prometheusText().contains(#"vigil_vrrp_instance_state{instance="VI_1"} 2"#))
    }
}
