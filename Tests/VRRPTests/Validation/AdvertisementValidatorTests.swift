import NetworkPrimitives
import Testing

@testable import VRRP

/// One way to break an otherwise valid advert.
struct RejectionRow: Sendable, CustomTestStringConvertible {
    var name: String
    var scenario: ValidationScenario
    var expected: VRRPRejection
    var testDescription: String { name }
}

@Suite struct AdvertisementValidatorTests {
    typealias S = ValidationScenario

    static let rejectionRows: [RejectionRow] = [
        RejectionRow(
            name: "another interface", scenario: S.multicast(.v3).with { $0.metadata.interfaceIndex = 3 },
            expected: .wrongInterface(received: 3)),
        RejectionRow(
            name: "an IPv6 sender on an IPv4 instance",
            scenario: S.multicast(.v3).with { $0.metadata.source = .v6(IPv6Address(high: 1, low: 2)) },
            expected: .familyMismatch(received: .inet6)),
        RejectionRow(
            name: "fewer bytes than the fixed header",
            scenario: S.multicast(.v3).with { $0.patch = { $0 = Array($0.prefix(5)) } },
            expected: .malformed(.truncated(needed: 8, available: 5))),
        RejectionRow(
            name: "another VRID", scenario: S.multicast(.v3).with { $0.policy.virtualRouterID = 52 },
            expected: .virtualRouterID(received: 51)),
        RejectionRow(
            name: "four bytes too many", scenario: S.multicast(.v3).with { $0.extraBytes = 4 },
            expected: .length(expected: 12, received: 16)),
        RejectionRow(
            name: "an address count that overruns the bytes",
            scenario: S.multicast(.v2).with { $0.patch = { $0[3] = 2 } },
            expected: .length(expected: 24, received: 20)),
        RejectionRow(
            name: "TTL 254 on a multicast instance", scenario: S.multicast(.v3).with { $0.metadata.hopLimit = 254 },
            expected: .ttl(received: 254)),
        RejectionRow(
            name: "a v2 advert on a v3 instance",
            scenario: S.multicast(.v3, family: .inet6).with { $0.policy.version = .v2 },
            expected: .version(received: 3)),
        RejectionRow(
            name: "auth type 3", scenario: S.multicast(.v2).with { $0.patch = { $0[4] = 3 } },
            expected: .invalidAuthType(3)),
        RejectionRow(
            name: "no auth against PASS",
            scenario: S.multicast(.v2).with { $0.policy.authentication = .password(Array("secret".utf8)) },
            expected: .authTypeMismatch(received: 0, expected: 1)),
        RejectionRow(
            name: "a wrong password",
            scenario: S.multicast(.v2).with {
                $0.advertisement.authentication = .password(Array("secret12".utf8))
                $0.policy.authentication = .password(Array("secret13".utf8))
            }, expected: .authPassword),
        RejectionRow(
            name: "AH on both sides",
            scenario: S.multicast(.v2).with {
                $0.advertisement.authentication = .ipAuthenticationHeader
                $0.policy.authentication = .ipAuthenticationHeader
            }, expected: .authenticationHeaderUnsupported),
        RejectionRow(
            name: "a v2 interval of 1 s against 2 s",
            scenario: S.multicast(.v2).with { $0.policy.advertisementInterval = .seconds(2) },
            expected: .intervalMismatch(received: .seconds(1), configured: .seconds(2))),
        RejectionRow(
            name: "packet type 2", scenario: S.multicast(.v3).with { $0.patch = { $0[0] = 0x32 } },
            expected: .type(2)),
        RejectionRow(
            name: "an IPv4 total length that disagrees",
            scenario: S.multicast(.v3).with { $0.metadata.ipv4TotalLength = 40 },
            expected: .ipTotalLength(totalLength: 40, received: 32)),
        RejectionRow(
            name: "a bad v2 checksum", scenario: S.multicast(.v2).with { $0.breaksChecksum = true },
            expected: .checksum(received: 0x7002, expected: 0x7003)),
        RejectionRow(
            name: "a bad v3/IPv6 checksum",
            scenario: S.multicast(.v3, family: .inet6).with { $0.breaksChecksum = true },
            expected: .checksum(received: 0x6e15, expected: 0x6e14)),
        RejectionRow(
            name: "a multicast advert on a unicast instance",
            scenario: S.unicast().with {
                $0.metadata.destination = S.group4
                $0.metadata.hopLimit = 255
            }, expected: .multicastOnUnicastInstance),
        RejectionRow(
            name: "a unicast advert on a multicast instance",
            scenario: S.multicast(.v3).with { $0.metadata.destination = S.lb2 }, expected: .unicastOnMulticastInstance),
        RejectionRow(
            name: "an owner ignoring adverts",
            scenario: S.multicast(.v3).with {
                $0.policy.priority = 255
                $0.policy.ownerIgnoresAdverts = true
            }, expected: .ownerIgnoresAdverts),
        RejectionRow(
            name: "a unicast source that is no peer",
            scenario: S.unicast().with {
                $0.policy.transport = .unicast(peers: [VRRPUnicastPeer(address: S.vip)], checksSource: true)
            }, expected: .unknownUnicastSource(S.lb1)),
        RejectionRow(
            name: "a peer outside its TTL range",
            scenario: S.unicast().with {
                $0.policy.transport = .unicast(
                    peers: [VRRPUnicastPeer(address: S.lb1, ttlRange: 250...255)], checksSource: true)
            }, expected: .unicastTTLOutOfRange(64)),
    ]

    @Test(arguments: rejectionRows)
    func eachCheckRejectsWithItsOwnReason(_ row: RejectionRow) {
        #expect(row.scenario.validate() == .rejected(row.expected))
    }

    @Test func everyRejectionRowHasADistinctCounterName() {
        let names = Self.rejectionRows.map(\.expected.counterName)
        // Two rows each exercise "length" and "checksum".
        #expect(Set(names).count == names.count - 2)
        #expect(names.allSatisfy { !$0.isEmpty && !$0.contains(" ") })
    }

    @Test(arguments: [
        ("v2/IPv4", S.multicast(.v2)), ("v3/IPv4", S.multicast(.v3)), ("v3/IPv6", S.multicast(.v3, family: .inet6)),
        ("v2/IPv6", S.multicast(.v2, family: .inet6)), ("v3/IPv4 unicast", S.unicast()),
    ])
    func aValidAdvertIsAcceptedWithoutObservations(_ name: String, _ scenario: ValidationScenario) {
        let accepted = scenario.validate().accepted
        #expect(
            accepted == AcceptedAdvertisement(advertisement: scenario.advertisement, source: scenario.metadata.source))
    }

    @Test func aPASSAdvertWithTheRightPasswordIsAccepted() {
        let scenario = S.multicast(.v2).with {
            $0.advertisement.authentication = .password(Array("secret12".utf8))
            $0.policy.authentication = .password(Array("secret12xyz".utf8))
        }
        #expect(scenario.validate().accepted?.advertisement.authentication == .password(Array("secret12".utf8)))
    }
}
