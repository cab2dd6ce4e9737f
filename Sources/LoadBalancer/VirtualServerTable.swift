/// A whole IPVS table: the desired one computed by `LoadBalancerPlanner`, or one observed in the kernel.
public struct VirtualServerTable: Hashable, Sendable {
    public var services: [ServiceKey: VirtualService]

    public init(_ services: [VirtualService] = []) {
        self.services = Dictionary(services.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Services in `ServiceKey` order.
    public var sortedServices: [VirtualService] {
        services.keys.sorted().compactMap { services[$0] }
    }

    public subscript(key: ServiceKey) -> VirtualService? {
        get { services[key] }
        set { services[key] = newValue }
    }
}
