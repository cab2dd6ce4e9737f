extension NFTablesRuleset {
    /// Renders `table` with DR: NAT services in the `inet` table as `render(_:options:)` does, DR
    /// services in a `netdev` table of the same name whose ingress chains, one per interface the real
    /// servers are reached through, forward packets unchanged (`NFTablesDirectRoutingRules`). Both
    /// tables are replaced in the one transaction; a table without DR services deletes the netdev table.
    public static func render(
        _ table: VirtualServerTable, options: Options = Options(), directRouting context: NFTablesDirectRouting
    ) -> NFTablesRuleset {
        let inet = renderInet(table, options: options, directRouting: true)
        var rules: [String] = []
        var chains: [NFTablesDirectRoutingRules.Chain] = []
        var sets: [NFTablesDirectRoutingRules.ClientSet] = []
        var devices = Set<String>()
        var omissions = inet.omissions
        for (index, service) in table.sortedServices.enumerated() {
            let service = NFTablesDirectRoutingRules(service: service, index: index, options: options, context: context)
            rules += service.rules
            chains += service.chains
            sets += service.sets
            devices.formUnion(service.devices)
            omissions += service.omissions
        }
        let name = options.tableName
        var script = inet.script + "table netdev \(name)\ndelete table netdev \(name)\n"
        if !rules.isEmpty {
            var body = sets.map { set in
                "\tset \(set.name) {\n" + set.lines.map { "\t\t\($0)\n" }.joined() + "\t}\n"
            }
            for (number, device) in devices.sorted().enumerated() {
                body.append(
                    chain(
                        "ingress\(number)",
                        "type filter hook ingress device \"\(device)\" priority filter; policy accept;",
                        ["jump direct"]))
            }
            body.append("\tchain direct {\n" + rules.map { "\t\t\($0)\n" }.joined() + "\t}\n")
            body += chains.map { "\tchain \($0.name) {\n" + $0.rules.map { "\t\t\($0)\n" }.joined() + "\t}\n" }
            script += "table netdev \(name) {\n" + body.joined(separator: "\n") + "}\n"
        }
        return NFTablesRuleset(script: script, omissions: omissions)
    }

    /// The script that removes both tables, whether or not they exist.
    public static func removalWithDirectRouting(tableName: String = "vigil") -> String {
        removal(tableName: tableName) + "table netdev \(tableName)\ndelete table netdev \(tableName)\n"
    }
}
