import Engine
import KeepalivedConfig
import NetworkPrimitives

extension EngineAssembly {
    /// A `virtual_ipaddress` line as rtnetlink installs it (Docs/Keepalived.md §3.13).
    static func virtualAddress(_ line: VirtualIPAddress, defaultInterface: InterfaceName) -> VirtualAddress {
        let isIPv6 = line.family == .inet6
        let deprecated: Bool? =
            switch line.preferredLifetime {
            case .none: nil
            case .forever: false
            case .seconds(let seconds): seconds == 0
            }
        return VirtualAddress(
            prefix: line.prefix, interface: line.device ?? defaultInterface,
            broadcast: broadcast(line.broadcast, prefix: line.prefix), peer: line.peer,
            scope: scope(line.scope), label: line.label,
            skipsDuplicateAddressDetection: isIPv6 && line.skipsDuplicateAddressDetection,
            isDeprecated: deprecated, addsPrefixRoute: !line.noPrefixRoute)
    }

    /// `brd ADDR`, `brd +` (all host bits set) or `brd -` (all clear).
    static func broadcast(_ broadcast: VirtualIPAddress.Broadcast?, prefix: IPPrefix) -> IPv4Address? {
        guard let broadcast, case .v4(let address) = prefix.address else { return nil }
        let mask: UInt32 = prefix.length == 0 ? 0 : UInt32.max << UInt32(32 - min(prefix.length, 32))
        switch broadcast {
        case .address(let given): return given
        case .allHostBitsSet: return IPv4Address(address.value | ~mask)
        case .allHostBitsClear: return IPv4Address(address.value & mask)
        }
    }

    /// rtnetlink scope numbers for iproute2's names (`/etc/iproute2/rt_scopes`).
    static func scope(_ name: String?) -> UInt8 {
        guard let name else { return 0 }
        switch name {
        case "global", "universe": return 0
        case "site": return 200
        case "link": return 253
        case "host": return 254
        case "nowhere": return 255
        default: return UInt8(name) ?? 0
        }
    }
}
