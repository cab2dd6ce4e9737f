import LoadBalancer
import Netlink

extension IPVSDestination {
    /// The destination nest for a planned destination (weights clamp to 0...Int32.max).
    public init(_ destination: Destination) {
        let (forwarding, tunnel) = Self.method(destination.forwarding)
        self.init(
            address: destination.address, port: destination.port, forwarding: forwarding,
            weight: UInt32(clamping: min(max(destination.weight, 0), Int(Int32.max))),
            upperThreshold: destination.upperThreshold, lowerThreshold: destination.lowerThreshold, tunnel: tunnel)
    }

    private static func method(_ method: ForwardingMethod) -> (IPVSForwardingMethod, IPVSTunnel) {
        switch method {
        case .nat: return (.masquerade, .ipip)
        case .directRouting: return (.route, .ipip)
        case .tunnel(let tunnel):
            let checksum = IPVSTunnel.Checksum(tunnel.checksum)
            switch tunnel.encapsulation {
            case .ipip: return (.tunnel, IPVSTunnel(kind: .ipip, checksum: checksum))
            case .gue(let port): return (.tunnel, IPVSTunnel(kind: .gue, port: port, checksum: checksum))
            case .gre: return (.tunnel, IPVSTunnel(kind: .gre, checksum: checksum))
            }
        }
    }
}

extension IPVSTunnel.Checksum {
    init(_ checksum: ForwardingMethod.Tunnel.Checksum) {
        switch checksum {
        case .none: self = .none
        case .checksum: self = .checksum
        case .remoteChecksum: self = .remoteChecksum
        }
    }
}

extension Destination {
    /// The planner's view of a kernel destination; nil for a method the planner has no word
    /// for (local delivery, unknown tunnel kinds or checksum modes).
    public init?(_ destination: IPVSDestination) {
        guard let forwarding = Self.method(destination) else { return nil }
        self.init(
            address: destination.address, port: destination.port, forwarding: forwarding,
            weight: Int(destination.weight), upperThreshold: destination.upperThreshold,
            lowerThreshold: destination.lowerThreshold)
    }

    private static func method(_ destination: IPVSDestination) -> ForwardingMethod? {
        switch destination.forwarding {
        case .masquerade: return .nat
        case .route: return .directRouting
        case .tunnel:
            let tunnel = destination.tunnel
            let checksum: ForwardingMethod.Tunnel.Checksum
            switch tunnel.checksum {
            case .none: checksum = .none
            case .checksum: checksum = .checksum
            case .remoteChecksum: checksum = .remoteChecksum
            default: return nil
            }
            switch tunnel.kind {
            case .ipip: return .tunnel(.init(encapsulation: .ipip, checksum: checksum))
            case .gue: return .tunnel(.init(encapsulation: .gue(port: tunnel.port), checksum: checksum))
            case .gre: return .tunnel(.init(encapsulation: .gre, checksum: checksum))
            default: return nil
            }
        default: return nil
        }
    }
}
