import Glibc
import Netlink

/// Asks the generic netlink controller for the `IPVS` family in the calling thread's network
/// namespace (Docs/Keepalived.md §5); keepalived would `modprobe ip_vs` first, Vigil only looks.
public enum IPVSFamilyResolver {
    public static func probe() -> IPVSProbeOutcome {
        let socket: NetlinkSocket
        do {
            socket = try NetlinkSocket(protocol: .generic)
        } catch {
            return .unavailable(reason: "cannot open a generic netlink socket: \(error)")
        }
        defer { socket.close() }
        do {
            let replies = try socket.request(timeout: .seconds(2)) {
                GenericNetlinkControl.getFamily(named: "IPVS", sequence: $0)
            }
            guard let reply = replies.first, let family = try? GenericNetlinkFamily(reply) else {
                return .unavailable(reason: "the controller's answer about IPVS did not decode")
            }
            let detail = "generic netlink family IPVS resolved (id \(family.id))"
            guard case .available(let plane) = try IPVSDataPlane.open() else {
                return .resolvedWithoutDriver(detail: detail)
            }
            return .available(IPVSCheckerDataPlane(plane: plane), detail: detail)
        } catch  where error.kernelErrno == ENOENT {
            return .unavailable(reason: "no generic netlink family IPVS (ip_vs not loaded)")
        } catch {
            return .unavailable(reason: "\(error)")
        }
    }
}
