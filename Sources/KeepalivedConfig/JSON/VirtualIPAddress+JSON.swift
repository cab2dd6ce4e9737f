extension VirtualIPAddress {
    var jsonValue: JSONValue {
        let broadcastValue: JSONValue
        switch broadcast {
        case .address(let address)?: broadcastValue = .text(address)
        case .allHostBitsSet?: broadcastValue = .string("+")
        case .allHostBitsClear?: broadcastValue = .string("-")
        case nil: broadcastValue = .null
        }
        let lifetime: JSONValue
        switch preferredLifetime {
        case .forever?: lifetime = .string("forever")
        case .seconds(let seconds)?: lifetime = .integer(seconds)
        case nil: lifetime = .null
        }
        return .object([
            "address": .text(prefix), "brd": broadcastValue, "dev": .text(device), "scope": .optional(scope),
            "label": .optional(label), "peer": .text(peer), "home": .bool(home),
            "-nodad": .bool(!skipsDuplicateAddressDetection), "mngtmpaddr": .bool(managesTemporaryAddresses),
            "noprefixroute": .bool(noPrefixRoute), "autojoin": .bool(autoJoin), "no_track": .bool(!tracked),
            "preferred_lft": lifetime, "track_group": .optional(trackGroup),
        ])
    }
}

extension VirtualRoute {
    var jsonValue: JSONValue {
        .object([
            "type": .string(type), "destination": .text(destination), "src": .text(source), "from": .text(from),
            "via": .text(gateway), "dev": .text(device), "table": .optional(table), "metric": .integer(metric),
            "scope": .optional(scope), "protocol": .optional(routingProtocol),
            "nexthop": .array(nextHops) { .strings($0) }, "no_track": .bool(!tracked),
            "track_group": .optional(trackGroup), "options": .array(otherOptions) { .strings($0) },
        ])
    }
}

extension VirtualRule {
    var jsonValue: JSONValue {
        .object([
            "family": family.jsonValue, "from": .text(from), "to": .text(to), "table": .optional(table),
            "preference": .integer(preference), "iif": .text(inputInterface), "oif": .text(outputInterface),
            "fwmark": .optional(firewallMark), "action": .optional(action), "no_track": .bool(!tracked),
            "track_group": .optional(trackGroup), "options": .array(otherOptions) { .strings($0) },
        ])
    }
}
