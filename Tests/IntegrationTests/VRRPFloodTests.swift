import Daemon
import Foundation
import Glibc
import LinuxPlatform
import NetworkPrimitives
import Testing
import VigilLab
import VRRP

/// Bad input on the wire: 100,000 malformed, truncated, wrong-TTL, wrong-auth, wrong-VRID and
/// wrong-version packets aimed at a backup. Each is counted by reason, nothing crashes, no state
/// changes, and a real failover during the flood still happens within Master_Down_Interval.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct VRRPFloodTests {
    /// Packets of every bad kind, with the multicast TTL each must be sent with.
    static func badPackets() -> [(bytes: [UInt8], ttl: Int32)] {
        let source = IPAddress.v4(IPv4Address(10, 99, 0, 50))
        let destination = IPAddress.v4(IPv4Address.vrrpMulticastGroup)
        let context = VRRPChecksumContext(source: source, destination: destination)
        func advert(vrid: UInt8 = 51, version: VRRPVersion = .v2, password: String = "secret12") -> [UInt8] {
            let ad = VRRPAdvertisement(
                version: version, virtualRouterID: vrid, priority: 254, advertisementInterval: .seconds(1),
                addresses: [.v4(IPv4Address(10, 99, 0, 100))],
                authentication: version == .v2 ? .password(Array(password.utf8)) : .none)
            return VRRPCodec.encode(ad, family: .inet, checksum: context)
        }
        let valid = advert()
        var corrupted = valid
        corrupted[6] ^= 0xff
        return [
            (Array(valid.prefix(7)), 255),  // truncated
            (valid, 64),  // wrong TTL: a router on another link
            (advert(password: "wrongpw1"), 255),  // wrong password
            (advert(vrid: 52), 255),  // nobody's VRID
            (advert(version: .v3), 255),  // wrong version
            (corrupted, 255),  // bad checksum
            ([0x21, 51] + [UInt8](repeating: 0xA5, count: 30), 255),  // garbage behind a plausible header
        ]
    }

    /// Sends `count` packets round-robin over the bad kinds from the client's namespace.
    static func flood(namespace: String, count: Int) async -> Int {
        let packets = badPackets().map { MulticastFlood.Packet(bytes: $0.bytes, ttl: $0.ttl) }
        return await MulticastFlood.send(
            namespace: namespace, group: IPv4Address.vrrpMulticastGroup, packets: packets, count: count)
    }

    static func rejected(_ document: StatusDocument) -> [String: Int] {
        document.instances.first { $0.name == "VI_1" }?.counters.rejected ?? [:]
    }

    @Test func aFloodOfBadPacketsIsCountedByReasonAndChangesNothing() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let (lb1, lb2) = try await VigilFailoverTests.converged(lab)
        let backup = StatusClient(socketPath: "\(lab.directory)/lb2.sock")
        let client = lab.namespace("client")
        let sent = await Self.flood(namespace: client, count: 100_000)
        #expect(sent == 100_000)
        // Every reason the backup can see shows up in its counters; the states did not move.
        var reasons: [String: Int] = [:]
        _ = await Eventually.holds(within: .seconds(5)) {
            reasons = (try? backup.getBlocking("/status")).flatMap { try? StatusClient.decode($0) }.map(Self.rejected) ?? [:]
            return reasons.count >= 4
        }
        for reason in ["ip_ttl_err", "auth_failure", "chk_err"] {
            #expect((reasons[reason] ?? 0) > 0, "no \(reason) counted: \(reasons)")
        }
        #expect(reasons.values.reduce(0, +) <= sent)
        #expect(lab.onlyHolder(is: "lb1", of: VigilFailoverTests.vip), "the flood moved the VIP")
        #expect(lb2.log.contains("(VI_1) Entering MASTER STATE") == false)
        #expect(lb1.isRunning && lb2.isRunning, "a daemon died under the flood")

        // A real failover in the middle of a second flood happens within Master_Down_Interval.
        async let flooding = Self.flood(namespace: client, count: 100_000)
        _ = await lb1.crash()
        let takeover = await Eventually.elapsed(within: .seconds(10)) { lab.holds("lb2", VigilFailoverTests.vip) }
        _ = await flooding
        // Master_Down_Interval for priority 100 at advert_int 1 is 3.609 s after lb1's last advert.
        #expect(takeover.map { $0 < .milliseconds(4_500) } == true, "takeover took \(String(describing: takeover))")
    }
}
