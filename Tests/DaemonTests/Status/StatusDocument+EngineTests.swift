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

    /// A preempting backup logs the first lower-priority advert of a run and counts every one: the
    /// count is in the document, the JSON and the metrics.
    @Test func lowerPriorityAdvertsDiscardedAreCountedInTheDocumentAndTheMetrics() throws {
        let board = StatusBoard(routerID: "LB_TEST", wallClock: { 1_000 })
        var engine = try loneInstanceEngine()
        _ = engine.start(now: .zero)
        let peer = try #require(IPAddress("10.99.0.3"))
        let group = IPAddress.v4(IPv4Address.vrrpMulticastGroup)
        let advert = VRRPAdvertisement(
            version: .v2, virtualRouterID: 51, priority: 100, advertisementInterval: .seconds(1),
            addresses: [.v4(IPv4Address(10, 99, 0, 100))])
        let payload = VRRPCodec.encode(
            advert, family: .inet, checksum: VRRPChecksumContext(source: peer, destination: group))
        let packet = ReceivedVRRPPacket(
            interface: "eth0", source: peer, destination: group, hopLimit: 255, payload: payload,
            ipv4HeaderLength: 20, ipv4TotalLength: 20 + payload.count)
        for step in 1...3 { _ = engine.handle(.packetReceived(packet), now: .zero + .milliseconds(100 * step)) }
        board.publish(engine)
        let document = board.document()
        #expect(document.instances.first?.state == .backup)
        #expect(document.instances.first?.counters.lowerPriorityDiscarded == 3)
        #expect(document.prometheusText().contains(#"vigil_vrrp_lower_priority_discarded_total{instance="VI_1"} 3"#))
        let json = String(decoding: try document.jsonData(), as: UTF8.self)
        #expect(json.contains(#""lowerPriorityDiscarded":3"#) || json.contains(#""lowerPriorityDiscarded" : 3"#))
    }
}
