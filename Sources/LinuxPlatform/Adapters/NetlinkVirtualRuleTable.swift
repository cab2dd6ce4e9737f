import Engine
import Glibc
import Netlink
import NetworkPrimitives
import Runtime

/// `RuleTable` over rtnetlink: rules installed with `RTM_NEWRULE` (an identical rule already there,
/// `EEXIST`, counts as installed) and removed with `RTM_DELRULE` (an absent rule, `ENOENT`, as removed).
package struct NetlinkVirtualRuleTable: RuleTable {
    let socket: NetlinkSocket

    /// Rules sent on `table`'s rtnetlink socket.
    package init(table: NetlinkAddressTable) {
        socket = table.socket
    }

    package func add(_ rule: VirtualRuleEntry) async throws {
        do {
            try send(RouteNetlinkRequest.addRule, Self.message(rule))
        } catch where error.kernelErrno == EEXIST {
            return
        }
    }

    package func remove(_ rule: VirtualRuleEntry) async throws {
        do {
            try send(RouteNetlinkRequest.deleteRule, Self.message(rule))
        } catch where error.kernelErrno == ENOENT {
            return
        }
    }

    private func send(_ encode: (RuleMessage, UInt32) -> [UInt8], _ message: RuleMessage)
        throws(NetlinkRequestError)
    {
        _ = try socket.request { encode(message, $0) }
    }

    static func message(_ rule: VirtualRuleEntry) -> RuleMessage {
        let action: RuleMessage.Action =
            switch rule.action {
            case .table(let table): .table(table)
            case .goto(let target): .goto(target)
            case .blackhole: .blackhole
            case .unreachable: .unreachable
            case .prohibit: .prohibit
            }
        return RuleMessage(
            family: rule.family, source: rule.from, destination: rule.to, preference: rule.preference,
            inputInterface: rule.inputInterface, outputInterface: rule.outputInterface,
            firewallMark: rule.firewallMark, firewallMask: rule.firewallMask, inverted: rule.inverted, action: action)
    }
}
