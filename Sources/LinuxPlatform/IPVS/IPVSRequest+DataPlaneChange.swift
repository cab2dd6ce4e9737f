import LoadBalancer
import Netlink

extension IPVSRequest {
    /// The request that carries out `change`, as keepalived would send it (golden-tested in
    /// NetlinkTests). Destination commands name their service as keepalived does when its
    /// settings are known (`parent`), else by key and an empty scheduler, as ipvsadm does; the
    /// kernel reads only the key there.
    public init(_ change: DataPlaneChange, parent: VirtualService.Settings?) {
        func service(_ key: ServiceKey) -> IPVSService {
            guard let parent else { return IPVSService(key: IPVSServiceKey(key), scheduler: "") }
            return IPVSService(key, parent).asDestinationParent
        }
        switch change {
        case .addService(let key, let settings): self = .newService(IPVSService(key, settings))
        case .updateService(let key, let settings): self = .setService(IPVSService(key, settings))
        case .removeService(let key):
            self = .deleteService(
                parent.map { IPVSService(key, $0) } ?? IPVSService(key: IPVSServiceKey(key), scheduler: ""))
        case .addDestination(let key, let destination):
            self = .newDestination(IPVSDestination(destination), service: service(key))
        case .updateDestination(let key, let destination):
            self = .setDestination(IPVSDestination(destination), service: service(key))
        case .removeDestination(let key, let destination):
            self = .deleteDestination(
                IPVSDestination(address: destination.address, port: destination.port), service: service(key))
        }
    }
}
