import NetworkPrimitives
import Testing

@testable import VRRP

/// Two faults in one advert: alone, the later fault is rejected for itself; together with the
/// earlier one, the earlier check wins, as in keepalived (Docs/Keepalived.md §3.5).
struct OrderRow: Sendable, CustomTestStringConvertible {
    var name: String
    var both: ValidationScenario
    var laterOnly: ValidationScenario
    var earlier: VRRPRejection
    var later: VRRPRejection
    var testDescription: String { name }

    init(
        _ name: String, _ base: ValidationScenario, first: (inout ValidationScenario) -> Void,
        second: (inout ValidationScenario) -> Void, earlier: VRRPRejection, later: VRRPRejection
    ) {
        self.name = name
        both = base.with(first).with(second)
        laterOnly = base.with(second)
        self.earlier = earlier
        self.later = later
    }
}

@Suite struct AdvertisementValidatorOrderTests {
    typealias S = ValidationScenario

    static let rows: [OrderRow] = [
        OrderRow(
            "interface before a short header", S.multicast(.v2), first: { $0.metadata.interfaceIndex = 7 },
            second: { $0.patch = { $0 = Array($0.prefix(3)) } }, earlier: .wrongInterface(received: 7),
            later: .malformed(.truncated(needed: 8, available: 3))),
        OrderRow(
            "VRID before length", S.multicast(.v3), first: { $0.policy.virtualRouterID = 9 },
            second: { $0.extraBytes = 4 }, earlier: .virtualRouterID(received: 51),
            later: .length(expected: 12, received: 16)),
        OrderRow(
            "length before TTL", S.multicast(.v3), first: { $0.extraBytes = 4 }, second: { $0.metadata.hopLimit = 1 },
            earlier: .length(expected: 12, received: 16), later: .ttl(received: 1)),
        OrderRow(
            "TTL before version", S.multicast(.v3, family: .inet6), first: { $0.metadata.hopLimit = 1 },
            second: { $0.policy.version = .v2 }, earlier: .ttl(received: 1), later: .version(received: 3)),
        OrderRow(
            "version before type", S.multicast(.v3, family: .inet6), first: { $0.policy.version = .v2 },
            second: { $0.patch = { $0[0] = 0x35 } }, earlier: .version(received: 3), later: .type(5)),
        OrderRow(
            "auth type before interval", S.multicast(.v2), first: { $0.policy.authentication = .password([1]) },
            second: { $0.policy.advertisementInterval = .seconds(3) },
            earlier: .authTypeMismatch(received: 0, expected: 1),
            later: .intervalMismatch(received: .seconds(1), configured: .seconds(3))),
        OrderRow(
            "password before interval", S.multicast(.v2).with { $0.advertisement.authentication = .password([1]) },
            first: { $0.policy.authentication = .password([2]) },
            second: {
                $0.policy.advertisementInterval = .seconds(3)
                if $0.policy.authentication == .none { $0.policy.authentication = .password([1]) }
            }, earlier: .authPassword, later: .intervalMismatch(received: .seconds(1), configured: .seconds(3))),
        OrderRow(
            "v2 interval before type", S.multicast(.v2), first: { $0.policy.advertisementInterval = .seconds(3) },
            second: { $0.patch = { $0[0] = 0x27 } },
            earlier: .intervalMismatch(received: .seconds(1), configured: .seconds(3)), later: .type(7)),
        OrderRow(
            "type before total length", S.multicast(.v3), first: { $0.patch = { $0[0] = 0x37 } },
            second: { $0.metadata.ipv4TotalLength = 99 }, earlier: .type(7),
            later: .ipTotalLength(totalLength: 99, received: 32)),
        OrderRow(
            "total length before checksum", S.multicast(.v3), first: { $0.metadata.ipv4TotalLength = 99 },
            second: { $0.breaksChecksum = true }, earlier: .ipTotalLength(totalLength: 99, received: 32),
            later: .checksum(received: 0x74ad, expected: 0x74ac)),
        OrderRow(
            "checksum before transport", S.multicast(.v2), first: { $0.breaksChecksum = true },
            second: { $0.metadata.destination = S.lb2 }, earlier: .checksum(received: 0x7002, expected: 0x7003),
            later: .unicastOnMulticastInstance),
        OrderRow(
            "transport before owner", S.multicast(.v2), first: { $0.metadata.destination = S.lb2 },
            second: {
                $0.policy.priority = 255
                $0.policy.ownerIgnoresAdverts = true
            }, earlier: .unicastOnMulticastInstance, later: .ownerIgnoresAdverts),
        OrderRow(
            "owner before unicast source", S.unicast(),
            first: {
                $0.policy.priority = 255
                $0.policy.ownerIgnoresAdverts = true
            }, second: { $0.policy.transport = .unicast(peers: [], checksSource: true) },
            earlier: .ownerIgnoresAdverts, later: .unknownUnicastSource(S.lb1)),
    ]

    @Test(arguments: rows)
    func theEarlierCheckWins(_ row: OrderRow) {
        #expect(row.both.validate() == .rejected(row.earlier))
    }

    @Test(arguments: rows)
    func theLaterFaultAloneIsRejectedForItself(_ row: OrderRow) {
        #expect(row.laterOnly.validate() == .rejected(row.later))
    }
}
