import Engine
import NetworkPrimitives
import Runtime
import Testing

@Suite struct RuntimeTests {
    @Test func startEffectsAreCarriedOutOnThePortsInTheEnginesOrder() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.startEffects = [
            .removeAddress(Sample.vip), .transmit(Sample.transmission()), .addAddress(Sample.vip),
            .announce(Sample.vip.address, on: "eth0"), .log(.info("(VI_1) Entering MASTER STATE")),
        ]
        let task = harness.start(core)
        let expected: [PortCall] = [
            .started(at: .zero), .removed(Sample.vip), .sent(Sample.transmission()), .added(Sample.vip),
            .announced(Sample.vip.address, "eth0"), .logged(.info("(VI_1) Entering MASTER STATE")),
        ]
        #expect(await harness.journal.waitUntil { $0.starts(with: expected) })
        _ = await harness.stop(task)
    }

    @Test func aReceivedPacketReachesTheEngineAsAnEvent() async {
        let harness = RuntimeHarness()
        let task = harness.start(harness.core())
        harness.network.deliver(Sample.packet())
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.packetReceived(Sample.packet()), at: .zero)) })
        _ = await harness.stop(task)
    }

    @Test func aLinkChangeReachesTheEngineAsAnEvent() async {
        let harness = RuntimeHarness()
        let task = harness.start(harness.core())
        harness.links.report(.link("eth1", isUp: false))
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.linkChanged("eth1", isUp: false), at: .zero)) })
        _ = await harness.stop(task)
    }

    @Test func anAddressRemovalReachesTheEngineAsAnEvent() async {
        let harness = RuntimeHarness()
        let task = harness.start(harness.core())
        harness.links.report(.addressRemoved("eth0", Sample.vip.address))
        #expect(await harness.journal.waitUntil {
            $0.contains(.handled(.addressRemoved("eth0", Sample.vip.address), at: .zero))
        })
        _ = await harness.stop(task)
    }

    @Test func theEngineIsWokenAtItsDeadlineAndNotBefore() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.deadlines = [.zero + .seconds(1)]
        let task = harness.start(core)
        #expect(await harness.waitForTimer())
        harness.clock.advance(by: .milliseconds(999))
        #expect(harness.clock.sleeperCount == 1)
        harness.clock.advance(by: .milliseconds(1))
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.deadlineReached, at: .zero + .seconds(1))) })
        _ = await harness.stop(task)
    }

    @Test func onAGridTheEngineIsWokenAtTheFirstMarkAfterItsDeadline() async {
        let harness = RuntimeHarness(grid: .probeReactor)
        var core = harness.core()
        core.deadlines = [.zero + .milliseconds(1_005)]
        let task = harness.start(core)
        #expect(await harness.waitForTimer())
        harness.clock.advance(by: .milliseconds(1_005))
        #expect(harness.clock.sleeperCount == 1)
        harness.clock.advance(by: .milliseconds(15))
        let at = MonotonicInstant.zero + .milliseconds(1_020)
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.deadlineReached, at: at)) })
        _ = await harness.stop(task)
    }

    @Test func successiveDeadlinesEachWakeTheEngineOnce() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.deadlines = [.zero + .seconds(1), .zero + .seconds(2)]
        let task = harness.start(core)
        for second in 1...2 {
            #expect(await harness.waitForTimer())
            harness.clock.advance(by: .seconds(1))
            let at = MonotonicInstant.zero + .seconds(second)
            #expect(await harness.journal.waitUntil { $0.contains(.handled(.deadlineReached, at: at)) })
        }
        let core2 = await harness.stop(task)
        #expect(core2.deadlines.isEmpty)
        let wakeUps = harness.journal.entries.filter {
            if case .handled(.deadlineReached, _) = $0 { return true }
            return false
        }
        #expect(wakeUps.count == 2)
    }

    @Test func aSpuriousWakeUpLeavesTheRealDeadlineArmed() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.deadlines = [.zero + .seconds(1)]
        let task = harness.start(core)
        #expect(await harness.waitForTimer())
        harness.runtime.inbox.post(.engine(.deadlineReached))
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.deadlineReached, at: .zero)) })
        #expect(await harness.waitForTimer())
        harness.clock.advance(by: .seconds(1))
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.deadlineReached, at: .zero + .seconds(1))) })
        let final = await harness.stop(task)
        #expect(final.deadlines.isEmpty)
    }

    @Test func aScriptsOutcomeComesBackToTheEngine() async {
        let harness = RuntimeHarness(scriptOutcome: .exited(1))
        var core = harness.core()
        let request = ScriptRequest(purpose: .check(name: "chk"), arguments: ["/bin/false"], timeout: .seconds(1))
        core.startEffects = [.runScript(request)]
        let task = harness.start(core)
        let completion = PortCall.handled(.scriptCompleted(.check(name: "chk"), .exited(1)), at: .zero)
        #expect(await harness.journal.waitUntil { $0.contains(.ranScript(request)) && $0.contains(completion) })
        _ = await harness.stop(task)
    }

    @Test func stopHandsTheEngineAShutdownCarriesOutItsEffectsAndReturns() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.reactions[.shutdownRequested] = [.transmit(Sample.transmission([0x21, 51, 0, 1])), .removeAddress(Sample.vip)]
        let task = harness.start(core)
        _ = await harness.stop(task)
        let tail = Array(harness.journal.entries.suffix(3))
        #expect(tail == [
            .handled(.shutdownRequested, at: .zero), .sent(Sample.transmission([0x21, 51, 0, 1])), .removed(Sample.vip),
        ])
    }

    @Test func aCoreThatHasNotFinishedStoppingKeepsGettingEventsButNoReload() async {
        let harness = RuntimeHarness()
        var core = harness.core()
        core.finishesStoppingOn = .packetReceived(Sample.packet())
        let task = harness.start(core)
        harness.runtime.inbox.post(.command(.stop))
        #expect(await harness.journal.waitUntil { $0.contains(.handled(.shutdownRequested, at: .zero)) })
        harness.runtime.inbox.post(.command(.reload))
        harness.network.deliver(Sample.packet())
        let final = await task.value
        #expect(final.finishedStopping && final.reloads == 0)
        #expect(harness.journal.entries.last == .handled(.packetReceived(Sample.packet()), at: .zero))
    }

    @Test func operatorCommandsReachTheHandlerWithTheEngineInHand() async {
        let harness = RuntimeHarness()
        let task = harness.start(harness.core())
        harness.runtime.inbox.post(.command(.reload))
        harness.runtime.inbox.post(.command(.dumpData))
        let final = await harness.stop(task)
        #expect(final.reloads == 1)
        #expect(harness.journal.entries.contains(.logged(.info("command dumpData"))))
    }

    @Test func aFailingPortIsLoggedAndTheLaterEffectsStillHappen() async {
        let harness = RuntimeHarness(networkFailure: FailingPortError())
        var core = harness.core()
        core.startEffects = [.transmit(Sample.transmission()), .addAddress(Sample.vip)]
        let task = harness.start(core)
        #expect(await harness.journal.waitUntil { $0.contains(.added(Sample.vip)) })
        let logged = harness.journal.entries.contains(
            .logged(.error("(VI_1) failed to send advert to 224.0.0.18: no route to host")))
        #expect(logged)
        _ = await harness.stop(task)
    }
}
