import Netlink
import NetworkPrimitives

/// Short constructors for the values the captured commands describe.
enum IPVSFixtureValues {
    static func address(_ text: String) -> IPAddress { IPAddress(text)! }

    static func tcp(_ text: String, _ port: UInt16) -> IPVSServiceKey {
        .endpoint(protocol: .tcp, address: address(text), port: port)
    }

    static func udp(_ text: String, _ port: UInt16) -> IPVSServiceKey {
        .endpoint(protocol: .udp, address: address(text), port: port)
    }

    static func service(
        _ key: IPVSServiceKey, _ scheduler: String, flags: IPVSServiceFlags = [], timeout: UInt32 = 0,
        prefixLength: Int? = nil, engine: String? = nil
    ) -> IPVSService {
        IPVSService(
            key: key, scheduler: scheduler, persistenceEngine: engine, flags: flags, timeoutSeconds: timeout,
            netmask: prefixLength.map { IPVSService.netmask(prefixLength: $0, family: key.family) })
    }

    static func destination(
        _ text: String, _ port: UInt16, _ forwarding: IPVSForwardingMethod, weight: UInt32,
        upper: UInt32 = 0, lower: UInt32 = 0, tunnel: IPVSTunnel = .ipip
    ) -> IPVSDestination {
        IPVSDestination(
            address: address(text), port: port, forwarding: forwarding, weight: weight, upperThreshold: upper,
            lowerThreshold: lower, tunnel: tunnel)
    }
}
