/// `connect_ip`, `connect_port`, `bindto`, `bind_port`, `bind_if`, `connect_timeout`, `fwmark`, for a
/// checker or an SMTP `host { }` block.
enum ConnectionKeywords {
    static func keywords<Target>(_ path: WritableKeyPath<Target, ConnectionDraft> & Sendable) -> [Keyword<Target>] {
        [
            Keyword("connect_ip") { target, node, context in
                if let address = context.address(node) { target[keyPath: path].address = address }
            },
            Keyword("connect_port") { target, node, context in
                if let port = context.integer(node, in: 1...65535) { target[keyPath: path].port = UInt16(port) }
            },
            Keyword("bindto") { target, node, context in
                if let address = context.address(node) { target[keyPath: path].bindAddress = address }
            },
            Keyword("bind_port") { target, node, context in
                if let port = context.integer(node, in: 1...65535) { target[keyPath: path].bindPort = UInt16(port) }
            },
            Keyword("bind_if") { target, node, context in
                if let name = context.interface(node) { target[keyPath: path].bindInterface = name }
            },
            Keyword("connect_timeout") { target, node, context in
                if let timeout = context.seconds(node, in: .microseconds(1) ... .seconds(4294)) {
                    target[keyPath: path].connectTimeout = timeout
                }
            },
            Keyword("fwmark") { target, node, context in
                if let mark = context.integer(node, in: 0...Int(UInt32.max)) {
                    target[keyPath: path].firewallMark = UInt32(mark)
                }
            },
        ]
    }
}
