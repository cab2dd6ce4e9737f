/// Address keywords of `vrrp_instance`: VIPs, excluded VIPs, routes and rules (Docs/Keepalived.md §3.13).
extension VRRPInstanceReader {
    static let addressKeywords: [InstanceKeyword] = [
        InstanceKeyword("virtual_ipaddress", block: true) { draft, node, context in
            for line in node.children ?? [] {
                guard let address = VirtualIPAddressParser.parse(line, isStatic: false, context: &context),
                    draft.adoptFamily(address.family, at: line.keyword, context: &context),
                    !isDuplicate(address, in: draft, excluded: false, at: line.keyword, context: &context)
                else { continue }
                draft.instance.addresses.virtualIPAddresses.append(address)
            }
        },
        InstanceKeyword("virtual_ipaddress_excluded", block: true) { draft, node, context in
            for line in node.children ?? [] {
                guard let address = VirtualIPAddressParser.parse(line, isStatic: false, context: &context),
                    !isDuplicate(address, in: draft, excluded: true, at: line.keyword, context: &context)
                else { continue }
                draft.instance.addresses.excludedVirtualIPAddresses.append(address)
            }
        },
        InstanceKeyword("no_virtual_ipaddress") { draft, node, context in
            context.ignoreExtraArguments(node, after: 0)
            draft.instance.addresses.allowsNoVirtualIPAddress = true
        },
        InstanceKeyword(
            "virtual_routes", block: true,
            support: .partial(
                "installed while MASTER, removed on leaving it: unicast routes with via, dev, src, metric and a "
                    + "numeric table; a line with other options is not installed (vigil check warns); a failed "
                    + "install is logged (keepalived 2.2.7 does not fault on it either); a tracked route someone "
                    + "else removes does not fault the instance (keepalived's route tracking is not done)")
        ) {
            draft, node, context in
            for line in node.children ?? [] {
                if let route = VirtualRouteParser.parse(line, context: &context) {
                    draft.instance.addresses.virtualRoutes.append(route)
                }
            }
        },
        InstanceKeyword(
            "virtual_rules", block: true,
            support: .partial(
                "installed after the routes while MASTER, removed before them on leaving it: "
                    + RootKeywords.ruleOptions)
        ) {
            draft, node, context in
            for line in node.children ?? [] {
                if let rule = VirtualRuleParser.parse(line, context: &context) {
                    draft.instance.addresses.virtualRules.append(rule)
                }
            }
        },
    ]

    /// keepalived ignores a VIP listed twice, and an excluded VIP equal to a VIP on the same device;
    /// 2.2.7 says nothing and `-t` exits 0 (2.3 reports it), so this warning does not set the exit status.
    private static func isDuplicate(
        _ address: VirtualIPAddress, in draft: VRRPInstanceDraft, excluded: Bool, at token: Token,
        context: inout ReadContext
    ) -> Bool {
        let addresses = draft.instance.addresses
        let clash =
            addresses.virtualIPAddresses.first {
                $0.address == address.address && (!excluded || $0.device == address.device)
            }
            ?? addresses.excludedVirtualIPAddresses.first {
                $0.address == address.address && $0.device == address.device
            }
        guard let earlier = clash else { return false }
        context.warning(
            "\(address.address) is already listed; this line is ignored", at: token,
            notes: [Diagnostic.Note(location: earlier.location, message: "first listed here")])
        return true
    }
}
