import Engine
import Netlink
import NetworkPrimitives
import Runtime
import Synchronization

/// `VRRPNetwork` over LinuxPlatform's raw VRRP sockets: one socket per planned specification;
/// a transmission goes out on the socket of its interface, family and (unicast) source. Sockets
/// can be added and closed while running (reload). The sockets are watched by the VRRP reactor:
/// once the loop asks for delivery (`deliver(to:)`), each readable socket is drained, parsed and
/// handed over on the reactor thread; until then packets wait in the socket buffers.
package final class RawSocketVRRPNetwork: VRRPNetwork {
    /// No open socket matches a transmission's interface, family and source.
    package struct MissingSocket: Error, CustomStringConvertible {
        package var key: VRRPSocketSpecification.Key
        package var description: String { "no VRRP socket for \(key.interface) \(key.family)" }
    }

    /// Datagrams read from one socket per reactor turn at most.
    static let readBudget = 32

    /// What a received packet is handed to, on the reactor thread.
    package typealias Delivery = @Sendable (ReceivedVRRPPacket) -> Void

    private struct OpenSocket {
        var specification: VRRPSocketSpecification
        var socket: RawVRRPSocket
        /// The reactor's token while the socket is watched.
        var watch: UInt64?
    }

    private struct State {
        var sockets: [VRRPSocketSpecification.Key: OpenSocket] = [:]
        var delivery: Delivery?
    }

    private let reactor: VRRPReactor
    private let state = Mutex(State())

    /// Opens every socket; fails on the first one the kernel refuses.
    package init(_ specifications: [VRRPSocketSpecification], reactor: VRRPReactor) throws(SystemError) {
        self.reactor = reactor
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
            if let token = open.watch { reactor.unwatch(open.socket.fileDescriptor, token: token) }
            open.socket.close()
            state.withLock { _ = $0.sockets.removeValue(forKey: key) }
        }
        for (key, specification) in wanted where state.withLock({ $0.sockets[key] == nil }) {
            let socket = try RawVRRPSocket(Self.configuration(specification))
            state.withLock { $0.sockets[key] = OpenSocket(specification: specification, socket: socket) }
            try watchIfDelivering(key)
        }
    }

    /// Starts watching the socket of `key` when a delivery is set and it is not watched yet.
    private func watchIfDelivering(_ key: VRRPSocketSpecification.Key) throws(SystemError) {
        guard
            let (open, delivery) = state.withLock({ state in
                state.sockets[key].flatMap { open in state.delivery.map { (open, $0) } }
            }), open.watch == nil
        else { return }
        let socket = open.socket
        let interface = open.specification.interface
        let token = try reactor.watch(socket.fileDescriptor) {
            // At most `readBudget` per turn (the socket stays readable, so epoll reports it again): the
            // loop runs between batches, so a flood cannot hold the thread in this socket while the
            // engine's inputs, the master's adverts among them, wait behind it. Receive errors other
            // than "would block" (ENOBUFS) end one batch: VRRP tolerates loss.
            for _ in 0..<Self.readBudget {
                guard let datagram = try? socket.receive() else { return }
                delivery(Self.packet(datagram, interface: interface))
            }
        }
        state.withLock { $0.sockets[key]?.watch = token }
    }

    /// The specifications of the sockets open now.
    package var specifications: [VRRPSocketSpecification] {
        state.withLock { $0.sockets.values.map(\.specification) }
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

    /// Packets go to `deliver(to:)` instead: the stream ends at once.
    package func receive() -> AsyncStream<ReceivedVRRPPacket> { AsyncStream { $0.finish() } }

    /// Every packet from every socket, present and future, goes to `handler` on the reactor thread.
    package func deliver(to handler: @escaping @Sendable (ReceivedVRRPPacket) -> Void) -> Bool {
        let keys = state.withLock { state in
            state.delivery = handler
            return Array(state.sockets.keys)
        }
        // epoll_ctl fails here only without kernel memory; that socket's instances then hear no peers
        // and say so by becoming MASTER, as with a socket that cannot receive.
        for key in keys { try? watchIfDelivering(key) }
        return true
    }

    static func packet(_ datagram: ReceivedVRRPDatagram, interface: InterfaceName) -> ReceivedVRRPPacket {
        ReceivedVRRPPacket(
            interface: interface, source: datagram.source, destination: datagram.destination,
            hopLimit: datagram.ttlOrHopLimit, payload: datagram.payload,
            ipv4HeaderLength: datagram.ipv4HeaderLength ?? 0, ipv4TotalLength: datagram.ipv4TotalLength.map(Int.init))
    }

    /// Stops watching and closes every socket.
    package func close() {
        let sockets = state.withLock { state in
            defer { state.sockets = [:] }
            return Array(state.sockets.values)
        }
        for open in sockets {
            if let token = open.watch { reactor.unwatch(open.socket.fileDescriptor, token: token) }
            open.socket.close()
        }
    }
}
