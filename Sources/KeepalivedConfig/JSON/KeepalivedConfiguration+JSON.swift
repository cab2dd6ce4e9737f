extension KeepalivedConfiguration {
    /// The normalized configuration as JSON: keepalived keyword names as keys, every default filled in,
    /// durations in seconds, blocks in the order written. Source locations are left out.
    public var jsonValue: JSONValue {
        .object([
            "global_defs": globalDefinitions.jsonValue,
            "vrrp_script": .array(vrrpScripts) { $0.jsonValue },
            "track_file": .array(trackFiles) { $0.jsonValue },
            "vrrp_sync_group": .array(vrrpSyncGroups) { $0.jsonValue },
            "vrrp_instance": .array(vrrpInstances) { $0.jsonValue },
            "static_ipaddress": .array(staticAddressing.addresses) { $0.jsonValue },
            "static_routes": .array(staticAddressing.routes) { $0.jsonValue },
            "static_rules": .array(staticAddressing.rules) { $0.jsonValue },
            "virtual_server_group": .array(virtualServerGroups) { $0.jsonValue },
            "virtual_server": .array(virtualServers) { $0.jsonValue },
            "SSL": ssl.map(\.jsonValue) ?? .null,
        ])
    }
}

extension SSLSettings {
    var jsonValue: JSONValue {
        .object([
            "password": .optional(password), "ca": .optional(certificateAuthorityFile),
            "certificate": .optional(certificateFile), "key": .optional(keyFile),
        ])
    }
}
