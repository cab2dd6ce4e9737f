extension VirtualServer {
    var jsonValue: JSONValue {
        .object(
            addressMembers + serviceMembers + [
                JSONMember("sorry_server", sorryServer.map(\.jsonValue) ?? .null),
                JSONMember("real_server", .array(realServers) { $0.jsonValue }),
            ])
    }

    private var addressMembers: [JSONMember] {
        switch address {
        case .socket(let ip, let port):
            [JSONMember("ip", .text(ip)), JSONMember("port", .integer(port))]
        case .firewallMark(let mark):
            [JSONMember("fwmark", .integer(mark))]
        case .group(let name):
            [JSONMember("group", .string(name))]
        }
    }

    private var serviceMembers: [JSONMember] {
        [
            JSONMember("ip_family", family.jsonValue),
            JSONMember("delay_loop", .seconds(delayLoop)),
            JSONMember("lb_algo", .string(scheduler.rawValue)),
            JSONMember("flags", .strings(flags.map(\.rawValue))),
            JSONMember("lb_kind", .string(forwardingMethod.keyword)),
            JSONMember("tunnel", forwardingMethod.tunnelJSON),
            JSONMember("persistence_timeout", .seconds(persistence?.timeout)),
            JSONMember("persistence_granularity", persistence?.granularity.map(\.jsonValue) ?? .null),
            JSONMember("persistence_engine", .optional(persistence?.engine)),
            JSONMember("protocol", .optional(serviceProtocol?.rawValue)),
            JSONMember("ha_suspend", .bool(haSuspend)),
            JSONMember("alpha", .bool(alpha)),
            JSONMember("omega", .bool(omega)),
            JSONMember("quorum", .integer(quorum)),
            JSONMember("hysteresis", .integer(hysteresis)),
            JSONMember("quorum_up", quorumUp.jsonValue),
            JSONMember("quorum_down", quorumDown.jsonValue),
            JSONMember("inhibit_on_failure", .bool(inhibitOnFailure)),
            JSONMember("virtualhost", .optional(virtualhost)),
            JSONMember("smtp_alert", .bool(smtpAlert)),
        ]
    }
}

extension PersistenceSettings.Granularity {
    var jsonValue: JSONValue {
        switch self {
        case .netmask(let mask): .text(mask)
        case .prefixLength(let length): .integer(length)
        }
    }
}

extension LBKind {
    var tunnelJSON: JSONValue {
        guard case .tunnel(let tunnel) = self else { return .null }
        return .object([
            "type": .string(tunnel.type.rawValue), "port": .integer(tunnel.port),
            "checksum": .string(tunnel.checksum.rawValue),
        ])
    }
}

extension SorryServerSettings {
    var jsonValue: JSONValue {
        .object([
            "ip": .text(address), "port": .integer(port), "sorry_server_inhibit": .bool(inhibit),
            "sorry_server_lvs_method": .string(forwardingMethod.keyword), "tunnel": forwardingMethod.tunnelJSON,
        ])
    }
}

extension RealServer {
    var jsonValue: JSONValue {
        .object([
            "ip": .text(address), "port": .integer(port), "weight": .integer(weight),
            "lvs_method": .string(forwardingMethod.keyword), "tunnel": forwardingMethod.tunnelJSON,
            "uthreshold": .integer(upperThreshold), "lthreshold": .integer(lowerThreshold),
            "inhibit_on_failure": .bool(inhibitOnFailure), "notify_up": notifyUp.jsonValue,
            "notify_down": notifyDown.jsonValue, "alpha": .bool(alpha), "smtp_alert": .bool(smtpAlert),
            "virtualhost": .optional(virtualhost), "checkers": .array(checkers) { $0.jsonValue },
        ])
    }
}

extension VirtualServerGroup {
    var jsonValue: JSONValue {
        .object([
            "name": .string(name),
            "entries": .array(entries) { entry in
                switch entry {
                case .addressRange(let first, let last, let port, _):
                    .object(["first": .text(first), "last": .text(last), "port": .integer(port)])
                case .firewallMark(let mark, let family, _):
                    .object(["fwmark": .integer(mark), "family": family.map(\.jsonValue) ?? .null])
                }
            },
        ])
    }
}
