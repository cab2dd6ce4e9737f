/// `lvs_sync_daemon` (Docs/Keepalived.md §5, "LVS sync daemon"): read as keepalived 2.2.7 reads it,
/// options in any order after the interface, the instance also as the bare second word and the
/// sync id as a bare third one (keepalived's older form, with a warning).
extension GlobalDefinitionsKeywords {
    static let syncDaemon: [GlobalKeyword] = [
        GlobalKeyword("lvs_sync_daemon") { globals, node, context in
            if let earlier = globals.lvs.syncDaemon {
                context.error(
                    "'lvs_sync_daemon' was already given as \(earlier.interface); this one is ignored",
                    at: node.keyword)
                return
            }
            guard let interfaceToken = context.argument(node),
                let interface = context.interface(interfaceToken, name: "lvs_sync_daemon")
            else { return }
            var daemon = LVSSyncDaemon(interface: interface, location: node.keyword.location)
            readSyncDaemonOptions(node, into: &daemon, context: &context)
            globals.lvs.syncDaemon = daemon
        }
    ]

    private static func readSyncDaemonOptions(
        _ node: ConfigNode, into daemon: inout LVSSyncDaemon, context: inout ReadContext
    ) {
        let arguments = node.arguments
        var index = 1
        while index < arguments.count {
            let word = arguments[index]
            let value = index + 1 < arguments.count ? arguments[index + 1] : nil
            let option = SyncDaemonOption(rawValue: word.text)
            if let option, let value {
                read(option, value, into: &daemon, context: &context)
                index += 2
                continue
            }
            if option != nil {
                context.error("'lvs_sync_daemon \(word.text)' needs a value; it is ignored", at: word)
            } else if index == 1 {
                daemon.instance = word.text
            } else if index == 2, let id = context.integer(word, in: 0...255, name: "lvs_sync_daemon id") {
                context.warning(
                    "write 'id \(word.text)' for the sync id of 'lvs_sync_daemon'", at: word, keepalivedReports: true)
                daemon.syncID = UInt8(id)
            } else if index != 2 {
                context.error("unknown 'lvs_sync_daemon' option '\(word.text)'", at: word)
            }
            index += 1
        }
    }

    /// The words that take a value.
    private enum SyncDaemonOption: String {
        case instance = "inst"
        case id, maxlen, port, ttl, group
    }

    private static func read(
        _ option: SyncDaemonOption, _ value: Token, into daemon: inout LVSSyncDaemon, context: inout ReadContext
    ) {
        let name = "lvs_sync_daemon \(option.rawValue)"
        switch option {
        case .instance:
            if let earlier = daemon.instance {
                context.error("the instance of 'lvs_sync_daemon' was already given as \(earlier)", at: value)
            } else {
                daemon.instance = value.text
            }
        case .id:
            if let id = context.integer(value, in: 0...255, name: name) { daemon.syncID = UInt8(id) }
        case .maxlen:
            // The largest UDP payload in an IPv4 datagram.
            if let length = context.integer(value, in: 1...(65535 - 20 - 8), name: name) {
                daemon.maximumLength = UInt16(length)
            }
        case .port:
            if let port = context.integer(value, in: 1...65535, name: name) { daemon.port = UInt16(port) }
        case .ttl:
            if let ttl = context.integer(value, in: 1...255, name: name) { daemon.ttl = UInt8(ttl) }
        case .group:
            guard let group = context.address(value, name: name) else { return }
            if group.isMulticast {
                daemon.group = group
            } else {
                context.error(
                    "'lvs_sync_daemon group' \(value.text) is not a multicast address; it is ignored", at: value)
            }
        }
    }
}
