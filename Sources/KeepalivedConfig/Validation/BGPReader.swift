import NetworkPrimitives

/// Reads the Vigil-only `vigil_bgp { }` block (Docs/ScaleOut-BGP.md, Docs/Compatibility.md).
enum BGPReader {
    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        context.ignoreExtraArguments(node, after: 0)
        var settings = configuration.configuration.bgp ?? BGPSettings()
        context.read(node, with: table, into: &settings, label: .plain("vigil_bgp"))
        configuration.configuration.bgp = settings
    }

    static let table = KeywordTable<BGPSettings>(
        block: "vigil_bgp",
        [
            Keyword("control_socket") { settings, node, context in
                if let path = context.argument(node) { settings.controlSocket = path.text }
            },
            Keyword("routes_file") { settings, node, context in
                if let path = context.argument(node) { settings.routesFile = path.text }
            },
            Keyword("birdc") { settings, node, context in
                if let path = context.argument(node) { settings.birdc = path.text }
            },
            Keyword("announce", block: true) { settings, node, context in
                guard let name = context.blockName(node) else { return }
                guard let prefix = IPPrefix(name.text) else {
                    context.error("'\(name.text)' is not an address prefix (ADDR[/LEN])", at: name)
                    return
                }
                guard isNetwork(prefix) else {
                    context.error("\(prefix) has host bits set; write the network address", at: name)
                    return
                }
                if settings.announcements.contains(where: { $0.prefix == prefix }) {
                    context.warning("vigil_bgp already announces \(prefix); this block is ignored", at: name)
                    return
                }
                var announcement = BGPAnnouncement(prefix: prefix, location: name.location)
                context.read(node, with: announcementTable, into: &announcement, label: .named("announce", name.text))
                settings.announcements.append(announcement)
            },
        ])

    /// True when no bit past the prefix length is set, as BIRD requires of a route.
    static func isNetwork(_ prefix: IPPrefix) -> Bool {
        switch prefix.address {
        case .v4(let address):
            prefix.length == 32 || address.value & (UInt32.max >> UInt32(prefix.length)) == 0
        case .v6(let address):
            if prefix.length >= 64 {
                prefix.length == 128 || address.low & (UInt64.max >> UInt64(prefix.length - 64)) == 0
            } else {
                address.low == 0 && (prefix.length == 0 ? address.high == 0 : address.high & (UInt64.max >> UInt64(prefix.length)) == 0)
            }
        }
    }

    static let announcementTable = KeywordTable<BGPAnnouncement>(
        block: "announce",
        [
            Keyword("track_script", block: true) { announcement, node, context in
                announcement.trackScripts = TrackingListReader.scripts(
                    node, owner: "announce \(announcement.prefix)", existing: announcement.trackScripts,
                    context: &context)
            }
        ])
}
