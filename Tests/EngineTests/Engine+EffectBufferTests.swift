import Engine
import NetworkPrimitives
import Testing
import VRRP

/// `handle(_:now:into:)`, the runtime's allocation-free step, gives the effects `handle(_:now:)` gives,
/// step for step, appended after whatever the buffer held.
@Suite struct EngineEffectBufferTests {
    typealias F = EngineFixture

    /// Events from outside, at their instants; the engines' own deadlines come in between.
    typealias Schedule = [(at: MonotonicInstant, event: EngineEvent)]

    /// Runs two copies of `engine` until `end`: one returns each step's effects, the other appends them
    /// to one buffer that is emptied (storage kept) after each step, and on odd steps starts with a
    /// sentinel line that must stay in front. Returns every step's effects; records a mismatch.
    static func compare(_ engine: VRRPEngine, _ schedule: Schedule, until end: MonotonicInstant) -> [EngineEffect] {
        var arrays = engine
        var buffered = engine
        #expect(arrays.start(now: .zero) == buffered.start(now: .zero))
        let sentinel = EngineEffect.log(.info("sentinel"))
        var buffer: [EngineEffect] = []
        var all: [EngineEffect] = []
        var pending = schedule[...]
        var step = 0
        while true {
            #expect(arrays.nextDeadline == buffered.nextDeadline)
            let deadline = arrays.nextDeadline
            let next: (at: MonotonicInstant, event: EngineEvent)
            if let scheduled = pending.first, deadline.map({ scheduled.at <= $0 }) ?? true {
                next = scheduled
                pending = pending.dropFirst()
            } else if let deadline {
                next = (deadline, .deadlineReached)
            } else {
                break
            }
            guard next.at <= end else { break }
            let expected = arrays.handle(next.event, now: next.at)
            let prefilled = step % 2 == 1
            if prefilled { buffer.append(sentinel) }
            buffered.handle(next.event, now: next.at, into: &buffer)
            #expect(Array(buffer.dropFirst(prefilled ? 1 : 0)) == expected, "step \(step): \(next.event) at \(next.at)")
            if prefilled { #expect(buffer.first == sentinel) }
            buffer.removeAll(keepingCapacity: true)
            all += expected
            step += 1
        }
        #expect(arrays.statistics == buffered.statistics)
        #expect(arrays.router.machines.map(\.state) == buffered.router.machines.map(\.state))
        return all
    }

    /// Start, adverts lower and higher, losing and taking over mastership, a link down and up, a
    /// priority-0 advert, and the shutdown.
    static let lifecycle: Schedule = [
        (.zero + .seconds(1), .packetReceived(F.advert(priority: 100))),
        (.zero + .milliseconds(4_500), .packetReceived(F.advert(priority: 100))),
        (.zero + .seconds(5), .packetReceived(F.advert(priority: 200))),
        (.zero + .milliseconds(5_500), .packetReceived(F.advert(priority: 200))),
        (.zero + .seconds(10), .linkChanged("eth0", isUp: false)),
        (.zero + .seconds(11), .linkChanged("eth0", isUp: true)),
        (.zero + .milliseconds(14_500), .packetReceived(F.advert(priority: 0))),
        (.zero + .seconds(20), .packetReceived(F.advert(priority: 200))),
        (.zero + .seconds(21), .shutdownRequested),
    ]

    @Test func theBufferedStepGivesTheSameEffectsThroughALifecycle() {
        let effects = Self.compare(F.engine([F.instance()]), Self.lifecycle, until: .zero + .seconds(22))
        // Not a vacuous run: the instance advertised, took over and released.
        #expect(effects.transmissions.count >= 5)
        #expect(effects.contains(.addAddress(F.vip)) && effects.contains(.removeAddress(F.vip)))
    }

    @Test func withPacedAnnouncementsTheBufferedStepHoldsBackTheSameOnes() {
        var instance = F.instance()
        instance.addresses.append(VirtualAddress(prefix: IPPrefix("10.99.0.101/24")!, interface: "eth0"))
        var configuration = EngineConfiguration(instances: [instance])
        configuration.garpInterval = .seconds(1)
        let engine = VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
        let effects = Self.compare(engine, Self.lifecycle, until: .zero + .seconds(22))
        #expect(effects.contains(.announce(F.vip.address, on: "eth0")))
    }

    @Test func aSyncGroupWaitingForAMemberGivesTheSameEffects() {
        let first = F.instance(name: "VI_A")
        var second = F.instance(name: "VI_B")
        second.vrrp.virtualRouterID = 52
        let configuration = EngineConfiguration(
            instances: [first, second],
            syncGroups: [EngineSyncGroup(vrrp: VRRPSyncGroupConfiguration(name: "VG", members: ["VI_A", "VI_B"]))])
        let engine = VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
        let effects = Self.compare(engine, Self.lifecycle, until: .zero + .seconds(22))
        #expect(effects.logLines.contains("VRRP_Group(VG) Syncing instances to MASTER state"))
    }
}
