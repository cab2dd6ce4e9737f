/// One `vrrp_instance` block written as an operator would write it in keepalived.conf.
struct InstanceConfig {
    var name = "VI_1"
    var state = "BACKUP"
    var interface = "eth0"
    var virtualRouterID = 51
    var priority = 100
    var advertInterval = "1"
    var password: String?
    var addresses = ["10.99.0.100/24"]
    var unicastSource: String?
    var unicastPeers: [String] = []
    var trackInterfaces: [String] = []
    var trackScripts: [String] = []
    var extraLines: [String] = []

    var text: String {
        var lines = [
            "vrrp_instance \(name) {", "    state \(state)", "    interface \(interface)",
            "    virtual_router_id \(virtualRouterID)", "    priority \(priority)", "    advert_int \(advertInterval)",
        ]
        if let password {
            lines += ["    authentication {", "        auth_type PASS", "        auth_pass \(password)", "    }"]
        }
        lines += ["    virtual_ipaddress {"] + addresses.map { "        \($0)" } + ["    }"]
        if let unicastSource { lines.append("    unicast_src_ip \(unicastSource)") }
        if !unicastPeers.isEmpty { lines += ["    unicast_peer {"] + unicastPeers.map { "        \($0)" } + ["    }"] }
        if !trackInterfaces.isEmpty {
            lines += ["    track_interface {"] + trackInterfaces.map { "        \($0)" } + ["    }"]
        }
        if !trackScripts.isEmpty { lines += ["    track_script {"] + trackScripts.map { "        \($0)" } + ["    }"] }
        lines += extraLines.map { "    \($0)" }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// A whole keepalived.conf: global_defs, then `preamble` blocks, then the instances.
    static func file(routerID: String, globals: [String] = [], preamble: [String] = [], _ instances: [InstanceConfig])
        -> String
    {
        let global = ["global_defs {", "    router_id \(routerID)"] + globals.map { "    \($0)" } + ["}"]
        return (global + preamble + instances.map(\.text)).joined(separator: "\n") + "\n"
    }
}
