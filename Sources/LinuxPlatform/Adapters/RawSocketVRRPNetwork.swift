import Engine
import Netlink
import NetworkPrimitives
import Runtime
import Synchronization

/// `VRRPNetwork` over LinuxPlatform's raw VRRP sockets: one socket per planned specification;
/// a transmission goes out on the socket of its interface, family and (unicast) source. Sockets
/// can be added and closed while running (reload).
package final class RawSocketVRRPNetwork: VRRPNetwork {
    /// No open socket matches a transmission's interface, family and source.
    package struct MissingSocket: Error, CustomStringConvertible {
        package var key: VRRPSocketSpecification.Key
        package var description: String { "no VRRP socket for \(key.interface) \(key.family)" }
    }

    private struct OpenSocket {
        var specification: VRRPSocketSpecification
        var socket: RawVRRPSocket
        var forwarder: Task<Void, Never>
    }

    private struct State {
        var sockets: [VRRPSocketSpecification.Key: OpenSocket] = [:]
    }

    private let loop: PollLoop
    private let state = Mutex(State())
    private let incoming: AsyncStream<ReceivedVRRPPacket>
    private let continuation: AsyncStream<ReceivedVRRPPacket>.Continuation

    /// Opens every socket; fails on the first one the kernel refuses.
    package init(_ specifications: [VRRPSocketSpecification], loop: PollLoop) throws(SystemError) {
        self.loop = loop
        (incoming, continuation) = AsyncStream.makeStream(of: ReceivedVRRPPacket.self, bufferingPolicy: .bufferingNewest(4096))
        do {
            try reconcile(specifications)
        } catch {
            close()
            throw error
        }
    }

    /// Opens the sockets `specifications` need and closes those no longer needed.
    package func reconcile(_ specifications: [VRRPSocketSpecification]) throws(SystemError) {
        var wanted: [VRRPSocketSpecification.Key: VRRPSocketSpecification] = [:]
        for specification in specifications where wanted[specification.key] == nil {
            wanted[specification.key] = specification
        }
        let current = state.withLock { $0.sockets }
        for (key, open) in current where wanted[key] != open.specification {
            open.forwarder.cancel()
            open.socket.close()
            state.withLock { _ = $0.sockets.removeValue(forKey: key) }
        }
        for (key, specification) in wanted where state.withLock({ $0.sockets[key] == nil }) {
            let socket = try RawVRRPSocket(Self.configuration(specification))
            let forwarder = forward(socket, interface: specification.interface)
            state.withLock { $0.sockets[key] = OpenSocket(specification: specification, socket: socket, forwarder: forwarder) }
        }
    }

    /// The specifications of the sockets open now.
    package var specifications: [VRRPSocketSpecification] {
        state.withLock { $0.sockets.values.map(\.specification) }
    }

    private func forward(_ socket: RawVRRPSocket, interface: InterfaceName) -> Task<Void, Never> {
        let datagrams = socket.datagrams(on: loop)
        let continuation = continuation
        return Task {
            for await datagram in datagrams { continuation.yield(Self.packet(datagram, interface: interface)) }
        }
    }

    static func configuration(_ specification: VRRPSocketSpecification) -> RawVRRPSocketConfiguration {
        let mode: RawVRRPSocketConfiguration.Mode =
            switch specification.mode {
            case .multicast(let group): .multicast(group: group)
            case .unicast: .unicast
            }
        return RawVRRPSocketConfiguration(
            family: specification.family, interfaceIndex: specification.interfaceIndex, mode: mode,
            sourceAddress: specification.source, unicastHopLimit: specification.unicastHopLimit)
    }

    package func send(_ transmission: VRRPTransmission) async throws {
        let unicastSource = transmission.destination.isMulticast ? nil : transmission.source
        let key = VRRPSocketSpecification.Key(
            interface: transmission.interface, family: transmission.source.family, unicastSource: unicastSource)
        guard let socket = state.withLock({ $0.sockets[key]?.socket }) else { throw MissingSocket(key: key) }
        try socket.send(transmission.payload, to: transmission.destination)
    }

    /// Every packet from every socket, present and future; single consumer.
    package func receive() -> AsyncStream<ReceivedVRRPPacket> { incoming }

    static func packet(_ datagram: ReceivedVRRPDatagram, interface: InterfaceName) -> ReceivedVRRPPacket {
        ReceivedVRRPPacket(
            interface: interface, source: datagram.source, destination: datagram.destination,
            hopLimit: datagram.ttlOrHopLimit, payload: datagram.payload,
            ipv4HeaderLength: datagram.ipv4HeaderLength ?? 0, ipv4TotalLength: datagram.ipv4TotalLength.map(Int.init))
    }

    /// Stops forwarding and closes every socket.
    package func close() {
        let sockets = state.withLock { state in
            defer { state.sockets = [:] }
            return Array(state.sockets.values)
        }
        for open in sockets {
            open.forwarder.cancel()
            open.socket.close()
        }
        continuation.finish()
    }
}
