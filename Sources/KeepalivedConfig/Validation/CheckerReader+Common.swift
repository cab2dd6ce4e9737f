/// The connection and scheduling keywords shared by checkers (Docs/Keepalived.md §2.3, checker blocks).
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
            if let delay = context.seconds(node, in: .microseconds(1) ... .seconds(4_294_967)) {
                draft.delayLoop = delay
            }
        },
        CheckerKeyword("alpha") { draft, node, context in
            if let value = context.flag(node) { draft.alpha = value }
        },
        CheckerKeyword("log_all_failures") { draft, node, context in
            if let value = context.flag(node) { draft.logAllFailures = value }
        },
    ]
}
