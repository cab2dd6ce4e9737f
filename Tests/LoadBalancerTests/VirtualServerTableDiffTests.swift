import LoadBalancer
import NetworkPrimitives
import Testing

private let http = ServiceKey.endpoint(address: vip, port: 80, protocol: .tcp)
private let dns = ServiceKey.endpoint(address: vip, port: 53, protocol: .udp)

private func dest(_ last: Int, weight: Int = 1, port: UInt16 = 80) -> Destination {
    Destination(address: ip("10.0.1.\(last)"), port: port, weight: weight)
}

private func table(_ services: [ServiceKey: [Destination]], scheduler: Scheduler = .weightedRoundRobin)
    -> VirtualServerTable
{
    VirtualServerTable(
        services.map { VirtualService(key: $0.key, settings: .init(scheduler: scheduler), destinations: $0.value) })
}

/// A small seeded generator so the property tests are reproducible.
private struct LCG {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

private func randomTable(_ random: inout LCG) -> VirtualServerTable {
    var services: [VirtualService] = []
    for key in [http, dns, .fwmark(1, family: .inet)] where random.next(4) > 0 {
        let destinations = (1...4).filter { _ in random.next(2) == 0 }.map { dest($0, weight: random.next(3)) }
        let scheduler: Scheduler = random.next(2) == 0 ? .roundRobin : .weightedRoundRobin
        services.append(VirtualService(key: key, settings: .init(scheduler: scheduler), destinations: destinations))
    }
    return VirtualServerTable(services)
}

private func minimumChangeCount(_ observed: VirtualServerTable, _ desired: VirtualServerTable) -> Int {
    var count = 0
    for (key, want) in desired.services {
        guard let have = observed[key] else {
            count += 1 + want.destinations.count
            continue
        }
        if have.settings != want.settings { count += 1 }
        let keys = Set(have.destinations.keys).union(want.destinations.keys)
        count += keys.count { have.destinations[$0] != want.destinations[$0] }
    }
    return count + observed.services.keys.count { desired[$0] == nil }
}

@Suite struct VirtualServerTableDiffTests {
    @Test func equalTablesNeedNoChange() {
        let t = table([http: [dest(1), dest(2)], dns: [dest(3, port: 53)]])
        #expect(VirtualServerTable.diff(observed: t, desired: t).isEmpty)
    }

    @Test(arguments: [
        (
            "weight", [http: [dest(1), dest(2, weight: 5)]],
            [DataPlaneChange.updateDestination(http, dest(2, weight: 5))]
        ),
        ("add", [http: [dest(1), dest(2), dest(3)]], [.addDestination(http, dest(3))]),
        ("remove", [http: [dest(1)]], [.removeDestination(http, dest(2).key)]),
        ("inhibit", [http: [dest(1), dest(2, weight: 0)]], [.updateDestination(http, dest(2, weight: 0))]),
    ])
    func oneDifferenceGivesOneChange(name: String, desired: [ServiceKey: [Destination]], expected: [DataPlaneChange]) {
        let observed = table([http: [dest(1), dest(2)]])
        #expect(VirtualServerTable.diff(observed: observed, desired: table(desired)) == expected)
    }

    @Test func aSchedulerChangeUpdatesTheServiceInPlace() {
        let observed = table([http: [dest(1)]], scheduler: .roundRobin)
        let desired = table([http: [dest(1)]], scheduler: .sourceHashing)
        #expect(
            VirtualServerTable.diff(observed: observed, desired: desired) == [
                .updateService(http, .init(scheduler: .sourceHashing))
            ])
    }

    @Test func aNewServiceComesBeforeItsDestinationsAndAnOldOneGoesInOneStep() {
        let observed = table([dns: [dest(3, port: 53), dest(4, port: 53)]])
        let desired = table([http: [dest(2), dest(1)]])
        #expect(
            VirtualServerTable.diff(observed: observed, desired: desired) == [
                .addService(http, .init(scheduler: .weightedRoundRobin)),
                .addDestination(http, dest(1)),
                .addDestination(http, dest(2)),
                .removeService(dns),
            ])
    }

    @Test func theSorryServerGoesInBeforeTheRealServersLeave() {
        let sorry = Destination(address: ip("10.0.9.9"), port: 80)
        let changes = VirtualServerTable.diff(
            observed: table([http: [dest(1), dest(2)]]), desired: table([http: [sorry]]))
        #expect(
            changes == [
                .addDestination(http, sorry), .removeDestination(http, dest(1).key),
                .removeDestination(http, dest(2).key),
            ])
    }

    @Test func raisedWeightsComeBeforeLoweredOnes() {
        let changes = VirtualServerTable.diff(
            observed: table([http: [dest(1, weight: 1), dest(2, weight: 0)]]),
            desired: table([http: [dest(1, weight: 0), dest(2, weight: 1)]]))
        #expect(
            changes == [.updateDestination(http, dest(2, weight: 1)), .updateDestination(http, dest(1, weight: 0))])
    }

    @Test(arguments: 0..<200)
    func applyingTheDiffReachesTheDesiredTableWithoutEmptyingAServiceOnTheWay(seed: Int) {
        var random = LCG(state: UInt64(seed))
        let observed = randomTable(&random)
        let desired = randomTable(&random)
        let changes = VirtualServerTable.diff(observed: observed, desired: desired)
        #expect(observed.applying(changes) == desired)
        // Where a service can take connections before and after, it can at every step in between.
        let keep = desired.services.keys.filter {
            observed[$0]?.hasActiveDestination == true && desired[$0]?.hasActiveDestination == true
        }
        var state = observed
        for change in changes {
            state.apply(change)
            for key in keep { #expect(state[key]?.hasActiveDestination == true, "\(change)") }
        }
        // Minimal: one change per differing service attribute set and per differing destination.
        #expect(changes.count == minimumChangeCount(observed, desired))
    }

    @Test func applyingToleratesWhatTheKernelTolerates() {
        var t = table([http: [dest(1)]])
        t.apply(.removeService(dns))
        t.apply(.removeDestination(http, dest(7).key))
        t.apply(.addDestination(dns, dest(1)))
        t.apply(.addService(http, .init(scheduler: .roundRobin)))
        #expect(t == table([http: [dest(1)]], scheduler: .roundRobin))
    }
}
