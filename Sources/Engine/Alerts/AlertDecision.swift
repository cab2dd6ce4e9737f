/// What `AlertPolicy` makes of one event: a message to send, or why there is none.
public enum AlertDecision: Hashable, Sendable {
    case send(AlertMessage)
    case suppressed(AlertSuppression)

    /// The message, when there is one.
    public var message: AlertMessage? {
        switch self {
        case .send(let message): message
        case .suppressed: nil
        }
    }
}
