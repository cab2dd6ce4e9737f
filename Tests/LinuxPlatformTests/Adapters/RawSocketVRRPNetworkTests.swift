import Engine
import Foundation
import LinuxPlatform
import Netlink
import NetworkPrimitives
import Synchronization
import Testing

@Suite(.enabled(if: netnsTestsEnabled, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct RawSocketVRRPNetworkTests {
    private final class Deliveries: Sendable {
        let state = Mutex<(priorities: [UInt8], offThread: Int)>(([], 0))
    }

    @Test func packetsAreReadParsedAndDeliveredOnTheReactorThread() async throws {
        let lab = try NamespacePair()
        defer { lab.destroy() }
        let (indexA, indexB) = (try lab.eth0Index(in: lab.a), try lab.eth0Index(in: lab.b))
        let sender = try lab.inside(lab.a) { try RawVRRPSocket(.multicast(family: .inet, interfaceIndex: indexA)) }
        let reactor = try VRRPReactor()
        let specification = VRRPSocketSpecification(
            interface: "eth0", interfaceIndex: indexB, family: .inet,
            mode: .multicast(group: .v4(IPv4Address(224, 0, 0, 18))))
        let network = try lab.inside(lab.b) { try RawSocketVRRPNetwork([specification], reactor: reactor) }
        defer { network.close() }
        let deliveries = Deliveries()
        #expect(
            network.deliver { packet in
                deliveries.state.withLock { state in
                    state.priorities.append(packet.payload[2])
                    if !reactor.isCurrentThread { state.offThread += 1 }
                }
            })

        for priority: UInt8 in [100, 101, 102] {
            var advert = RawVRRPSocketTests.advertV2
            advert[2] = priority
            try sender.sendToGroup(advert)
        }
        let arrived = Deadline.poll { deliveries.state.withLock { $0.priorities.count >= 3 } ? true : nil }
        #expect(arrived == true)
        #expect(deliveries.state.withLock { $0.priorities } == [100, 101, 102])
        #expect(deliveries.state.withLock { $0.offThread } == 0)
    }
}
