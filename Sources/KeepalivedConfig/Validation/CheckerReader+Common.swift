/// The connection and scheduling keywords shared by checkers (reference section 2.3, checker blocks).
extension CheckerReader {
    static let connectionKeywords: [CheckerKeyword] = ConnectionKeywords.keywords(\CheckerDraft.connection)

    static let scheduleKeywords: [CheckerKeyword] = [
        CheckerKeyword("retry") { draft, node, context in
            if let retry = context.integer(node, in: 0...Int(UInt32.max)) { draft.retry = retry }
        },
        CheckerKeyword("delay_before_retry") { draft, node, context in
            if let delay = context.seconds(node, in: .zero ... .seconds(4_294_967)) { draft.delayBeforeRetry = delay }
        },
        CheckerKeyword("warmup") { draft, node, context in
            if let warmup = context.seconds(node, in: .zero ... .seconds(4_294_967)) { draft.warmup = warmup }
        },
        CheckerKeyword("delay_loop") { draft, node, context in
            if let delay = context.seconds(node, in: .microseconds(1) ... .seconds(4_294_967)) { draft.delayLoop = delay }
        },
        CheckerKeyword("alpha") { draft, node, context in
            if let value = context.flag(node) { draft.alpha = value }
        },
        CheckerKeyword("log_all_failures") { draft, node, context in
            if let value = context.flag(node) { draft.logAllFailures = value }
        },
    ]
}

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
