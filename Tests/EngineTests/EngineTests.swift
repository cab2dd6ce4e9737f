import Engine
import NetworkPrimitives
import TestSupport
import Testing
import VRRP

@Suite struct EngineTests {
    typealias F = EngineFixture

    @Test func startRemovesStaleVIPsAndEntersBackup() {
        var engine = F.engine([F.instance()])
        let effects = engine.start(now: .zero)
        #expect(effects.logLines == ["(VI_1) removing VIPs.", "(VI_1) Entering BACKUP STATE (init)"])
        #expect(effects.actions == [.removeAddress(F.vip)])
        #expect(engine.nextDeadline == .zero + .milliseconds(3_605) + .microseconds(468))
    }

    @Test func masterDownExpiryAdvertisesThenInstallsVIPsThenAnnouncesThem() throws {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        let effects = F.run(&engine, until: .zero + .seconds(4))
        #expect(Array(effects.logLines.prefix(4)) == [
            "(VI_1) Receive advertisement timeout", "(VI_1) Entering MASTER STATE", "(VI_1) setting VIPs.",
            "Sending gratuitous ARP on eth0 for 10.99.0.100",
        ])
        let first = try #require(effects.transmissions.first)
        #expect(first.destination == F.group && first.source == F.source && first.interface == "eth0")
        let packet = try VRRPCodec.decode(first.payload, family: .inet)
        #expect(packet.advertisement.priority == 101)
        #expect(packet.advertisement.addresses == [F.vip.address])
        let order = effects.actions.prefix(7)
        #expect(Array(order) == [.transmit(first), .addAddress(F.vip)] + Array(repeating: .announce(F.vip.address, on: "eth0"), count: 5))
    }

    @Test func aLowerPriorityAdvertInBackupIsDiscardedWithKeepalivedsLine() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        let effects = engine.handle(.packetReceived(F.advert(priority: 100)), now: .zero + .seconds(1))
        #expect(effects.logLines == ["(VI_1) received lower priority (100) advert from 10.99.0.3 - discarding"])
    }

    /// The first discard of a run is logged, the rest only counted, until the instance changes state.
    @Test func onlyTheFirstLowerPriorityDiscardOfARunIsLogged() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = engine.handle(.packetReceived(F.advert(priority: 100)), now: .zero + .milliseconds(100))
        let second = engine.handle(.packetReceived(F.advert(priority: 100)), now: .zero + .milliseconds(200))
        #expect(second.logLines.isEmpty)
        #expect(engine.statistics.instances["VI_1"]?.lowerPriorityDiscarded == 2)
        // Its timer runs out (the lower master does not reset it): MASTER, and a later run logs again.
        _ = F.run(&engine, until: .zero + .seconds(4))
        #expect(engine.router.machine(named: "VI_1")?.state == .master)
        let higher = engine.handle(.packetReceived(F.advert(priority: 200)), now: .zero + .seconds(5))
        #expect(engine.router.machine(named: "VI_1")?.state == .backup, "\(higher.logLines)")
        let again = engine.handle(.packetReceived(F.advert(priority: 100)), now: .zero + .seconds(5) + .milliseconds(10))
        #expect(again.logLines == ["(VI_1) received lower priority (100) advert from 10.99.0.3 - discarding"])
    }

    @Test func aHigherPriorityAdvertTakesMastershipAwayAndTheVIPsWithIt() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let effects = engine.handle(.packetReceived(F.advert(priority: 200)), now: .zero + .seconds(5))
        #expect(effects.actions == [.removeAddress(F.vip)])
        #expect(effects.logLines.contains("(VI_1) Entering BACKUP STATE"))
        #expect(effects.logLines.contains("(VI_1) removing VIPs."))
    }

    @Test func shutdownOfAMasterSendsPriorityZeroThenReleasesTheVIPs() throws {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let effects = engine.handle(.shutdownRequested, now: .zero + .seconds(5))
        let zero = try #require(effects.transmissions.first)
        #expect(try VRRPCodec.decode(zero.payload, family: .inet).advertisement.priority == 0)
        #expect(effects.actions == [.transmit(zero), .removeAddress(F.vip)])
        #expect(effects.logLines == ["(VI_1) sent 0 priority", "(VI_1) removing VIPs."])
        #expect(engine.statistics.instances["VI_1"]?.priorityZeroSent == 1)
        #expect(engine.nextDeadline == nil)
    }

    @Test func unicastSendsOneCopyPerPeerEachWithItsOwnChecksum() {
        let peers = [IPAddress("10.99.0.3")!, IPAddress("10.99.0.4")!]
        var engine = F.engine([F.instance(version: .v3, unicastPeers: peers)])
        _ = engine.start(now: .zero)
        let sent = F.run(&engine, until: .zero + .seconds(4)).transmissions
        #expect(sent.map(\.destination) == peers)
        #expect(sent[0].payload[6...7] != sent[1].payload[6...7])
    }

    @Test(arguments: [
        (UInt8(64), "ip_ttl_err"),
        (UInt8(255), nil),
    ] as [(UInt8, String?)])
    func rejectedPacketsAreCountedByReason(hopLimit: UInt8, counter: String?) {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = engine.handle(.packetReceived(F.advert(priority: 150, hopLimit: hopLimit)), now: .zero + .seconds(1))
        let stats = engine.statistics.instances["VI_1"]
        #expect(stats?.advertisementsReceived == 1)
        #expect(stats?.rejected == (counter.map { [$0: 1] } ?? [:]))
    }

    @Test func packetsForNoInstanceAreCountedAsUnmatched() {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        var packet = F.advert(priority: 100)
        packet.payload[1] = 52
        _ = engine.handle(.packetReceived(packet), now: .zero + .seconds(1))
        _ = engine.handle(.packetReceived(ReceivedVRRPPacket(
            interface: "eth0", source: F.peer, destination: F.group, hopLimit: 255, payload: [0x21])), now: .zero)
        #expect(engine.statistics.unmatchedPackets == 2)
    }

    @Test func theOwnInterfaceGoingDownFaultsAMasterWhichStepsDownWithPriorityZero() throws {
        var engine = F.engine([F.instance()])
        _ = engine.start(now: .zero)
        _ = F.run(&engine, until: .zero + .seconds(4))
        let effects = engine.handle(.linkChanged("eth0", isUp: false), now: .zero + .seconds(5))
        #expect(effects.logLines.contains("(VI_1) Entering FAULT STATE"))
        #expect(effects.actions.contains(.removeAddress(F.vip)))
        let zero = try #require(effects.transmissions.first)
        #expect(try VRRPCodec.decode(zero.payload, family: .inet).advertisement.priority == 0)
    }
}
