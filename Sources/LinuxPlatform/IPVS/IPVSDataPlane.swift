import Glibc
import LoadBalancer
import Netlink
import Synchronization

/// Programs the kernel's IPVS table over generic netlink (Docs/Keepalived.md §4.4, §5):
/// carries out the planner's `DataPlaneChange`s one request and acknowledgement at a time, and
/// reads the table back for the next diff.
public final class IPVSDataPlane: Sendable {
    /// The `nlmsg_type` the controller assigned to `IPVS`.
    public let familyID: UInt16
    let socket: NetlinkSocket
    /// Settings of the services this process added or last read, so destination commands name
    /// their service as keepalived does.
    private let knownSettings = Mutex<[ServiceKey: VirtualService.Settings]>([:])
    /// The services `reconcile(to:)` installed, the only ones it changes or removes.
    let ownedServices = Mutex<Set<ServiceKey>>([])

    init(socket: NetlinkSocket, familyID: UInt16) {
        self.socket = socket
        self.familyID = familyID
    }

    /// Resolves the `IPVS` family on `socket` (a `NETLINK_GENERIC` socket), or on a new one in the
    /// calling thread's network namespace. `.unavailable` when the kernel has no IPVS (the
    /// controller answers `ENOENT`); the daemon then falls back to nftables.
    public static func open(socket: NetlinkSocket? = nil) throws(NetlinkRequestError) -> IPVSAvailability {
        let generic: NetlinkSocket
        if let socket {
            generic = socket
        } else {
            do throws(SystemError) { generic = try NetlinkSocket(protocol: .generic) } catch { throw .system(error) }
        }
        do throws(NetlinkRequestError) {
            let replies = try generic.request {
                GenericNetlinkControl.getFamily(named: IPVSCommand.familyName, sequence: $0)
            }
            guard let reply = replies.first else { throw .malformedReply(.missingAttribute(1)) }
            do throws(NetlinkDecodingError) {
                return .available(IPVSDataPlane(socket: generic, familyID: try GenericNetlinkFamily(reply).id))
            } catch {
                throw .malformedReply(error)
            }
        } catch where error.kernelErrno == ENOENT {
            if socket == nil { generic.close() }
            return .unavailable
        }
    }

    /// Closes the socket.
    public func close() { socket.close() }

    /// Carries out one change; what the kernel already matches counts as done (§4.4).
    @discardableResult
    public func apply(_ change: DataPlaneChange) throws(NetlinkRequestError) -> IPVSChangeOutcome {
        let request = IPVSRequest(change, parent: knownSettings.withLock { $0[change.serviceKey] })
        let outcome = try perform(request)
        remember(change)
        return outcome
    }

    /// Carries out `changes` in order; like keepalived, a failed change does not stop the rest.
    public func apply(_ changes: [DataPlaneChange]) -> [Result<IPVSChangeOutcome, NetlinkRequestError>] {
        changes.map { change in Result { () throws(NetlinkRequestError) in try apply(change) } }
    }

    private func perform(_ request: IPVSRequest) throws(NetlinkRequestError) -> IPVSChangeOutcome {
        do throws(NetlinkRequestError) {
            _ = try send(request)
            return .applied
        } catch where error.kernelErrno.map({ IPVSChangeOutcome.tolerates($0, for: request) }) == true {
            return .alreadyInState
        } catch where error.kernelErrno == ENOENT {
            guard case .setDestination(let destination, let service) = request else { throw error }
            _ = try send(.newDestination(destination, service: service))
            return .addedMissingDestination
        }
    }

    private func remember(_ change: DataPlaneChange) {
        knownSettings.withLock { known in
            switch change {
            case .addService(let key, let settings), .updateService(let key, let settings): known[key] = settings
            case .removeService(let key): known[key] = nil
            case .addDestination, .updateDestination, .removeDestination: break
            }
        }
    }

    /// Replaces what is known of service settings with `table`'s.
    func rememberSettings(of table: VirtualServerTable) {
        knownSettings.withLock { known in
            known = table.services.mapValues(\.settings)
        }
    }

    /// Sends one request and returns the family's data messages that answer it.
    func send(_ request: IPVSRequest) throws(NetlinkRequestError) -> [NetlinkMessage] {
        let port = socket.portID
        let familyID = familyID
        return try socket.request { request.encode(familyID: familyID, sequence: $0, portID: port) }
            .filter { $0.header.type.rawValue == familyID }
    }
}

extension DataPlaneChange {
    /// The service the change concerns.
    var serviceKey: ServiceKey {
        switch self {
        case .addService(let key, _), .updateService(let key, _), .removeService(let key),
            .addDestination(let key, _), .updateDestination(let key, _), .removeDestination(let key, _):
            key
        }
    }
}
