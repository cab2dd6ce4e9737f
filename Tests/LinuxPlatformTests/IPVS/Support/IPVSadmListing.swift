import LinuxPlatform
import Netlink
import NetworkPrimitives

/// `ipvsadm -Ln` as the set of its service and destination lines (whitespace collapsed, the
/// kernel's hash order ignored), and the same lines formatted from a snapshot.
struct IPVSadmListing: Equatable, CustomStringConvertible {
    /// Service line -> destination lines.
    var services: [String: Set<String>]

    var description: String {
        services.keys.sorted().map { "\($0)\n" + services[$0, default: []].sorted().map { "  \($0)\n" }.joined() }
            .joined()
    }

    init(ipvsadmOutput: String) {
        services = [:]
        var current: String?
        for raw in ipvsadmOutput.split(separator: "\n") {
            let line = raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if line.hasPrefix("TCP ") || line.hasPrefix("UDP ") || line.hasPrefix("SCTP ") || line.hasPrefix("FWM ") {
                current = line
                services[line] = []
            } else if line.hasPrefix("-> "), line != "-> RemoteAddress:Port Forward Weight ActiveConn InActConn",
                let current
            {
                services[current, default: []].insert(line)
            }
        }
    }

    init(_ snapshot: IPVSSnapshot) {
        services = [:]
        for entry in snapshot.entries {
            services[Self.line(entry.service)] = Set(entry.destinations.map(Self.line))
        }
    }

    private static func endpoint(_ address: IPAddress, _ port: UInt16) -> String {
        switch address {
        case .v4(let v4): "\(v4):\(port)"
        case .v6(let v6): "[\(v6)]:\(port)"
        }
    }

    static func line(_ service: IPVSService) -> String {
        var words: [String]
        switch service.key {
        case .endpoint(let proto, let address, let port): words = ["\(proto)", endpoint(address, port)]
        case .firewallMark(let mark, .inet): words = ["FWM", "\(mark)"]
        case .firewallMark(let mark, .inet6): words = ["FWM", "\(mark)", "IPv6"]
        }
        words.append(service.scheduler)
        if service.flags.contains(.persistent) {
            words += ["persistent", "\(service.timeoutSeconds)"]
            if service.netmask != IPVSService.defaultNetmask(for: service.key.family) {
                words += ["mask", mask(service)]
            }
            if let engine = service.persistenceEngine { words += ["pe", engine] }
        }
        if service.flags.contains(.onePacket) { words.append("ops") }
        let hashFlags = [(IPVSServiceFlags.scheduler1, "fallback"), (.scheduler2, "port")]
            .filter { service.flags.contains($0.0) }.map { "\(service.scheduler)-\($0.1)" }
        if !hashFlags.isEmpty { words.append("(" + hashFlags.joined(separator: ",") + ")") }
        return words.joined(separator: " ")
    }

    private static func mask(_ service: IPVSService) -> String {
        guard service.key.family == .inet else { return "\(service.netmask)" }
        let m = service.netmask
        return "\(m & 0xff).\(m >> 8 & 0xff).\(m >> 16 & 0xff).\(m >> 24)"
    }

    static func line(_ destination: IPVSDestination) -> String {
        let connections = destination.connections ?? .init(active: 0, inactive: 0, persistent: 0)
        return "-> \(endpoint(destination.address, destination.port)) \(destination.forwarding) \(destination.weight) "
            + "\(connections.active) \(connections.inactive)"
    }
}
