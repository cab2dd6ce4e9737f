@testable import Engine
import NetworkPrimitives
import Testing
import VRRP

@Suite struct EngineAnnouncementPacingTests {
    typealias F = EngineFixture
    static let second = VirtualAddress(prefix: IPPrefix("10.99.0.101/24")!, interface: "eth0")

    static func announced(_ effects: [EngineEffect]) -> [IPAddress] {
        effects.compactMap { if case .announce(let address, _) = $0 { address } else { nil } }
    }

    static func engine(garpInterval: Duration) -> VRRPEngine {
        var instance = F.instance()
        instance.addresses.append(second)
        var configuration = EngineConfiguration(instances: [instance])
        configuration.garpInterval = garpInterval
        return VRRPEngine(configuration: configuration, linkStates: ["eth0": true])
    }

    @Test func oneGratuitousARPPerIntervalOnAnInterfaceAndRepeatsOfAHeldAddressCollapse() {
        var engine = Self.engine(garpInterval: .seconds(1))
        _ = engine.start(now: .zero)
        // MASTER at 3.605 s: five GARPs for each address, paced one a second, repeats held once.
        #expect(Self.announced(F.run(&engine, until: .zero + .milliseconds(3700))) == [F.vip.address])
        #expect(Self.announced(F.run(&engine, until: .zero + .milliseconds(4700))) == [F.vip.address])
        #expect(Self.announced(F.run(&engine, until: .zero + .milliseconds(5700))) == [Self.second.address])
        #expect(Self.announced(F.run(&engine, until: .zero + .milliseconds(8000))).isEmpty)
    }

    @Test func withoutAnIntervalEveryRepeatGoesAtOnce() {
        var engine = Self.engine(garpInterval: .zero)
        _ = engine.start(now: .zero)
        #expect(Self.announced(F.run(&engine, until: .zero + .milliseconds(3700))).count == 10)
    }

    @Test func neighbourAdvertsArePacedByTheGNAIntervalAndNotByTheGARPOne() {
        var pacer = AnnouncementPacer(garpInterval: .zero, gnaInterval: .seconds(2))
        let v6 = IPAddress("fd99::100")!, other = IPAddress("fd99::101")!
        let effects: [EngineEffect] = [
            .announce(v6, on: "eth0"), .announce(other, on: "eth0"), .announce(F.vip.address, on: "eth0"),
            .announce(F.vip.address, on: "eth0"),
        ]
        #expect(Self.announced(pacer.pace(effects, now: .zero)) == [v6, F.vip.address, F.vip.address])
        #expect(pacer.nextDeadline == .zero + .seconds(2))
        #expect(pacer.due(now: .zero + .seconds(1)).isEmpty)
        #expect(Self.announced(pacer.due(now: .zero + .seconds(2))) == [other])
        #expect(pacer.nextDeadline == nil)
    }
}
