import LoadBalancer

/// Why a checker script runs, so the shell can label its log lines and the outcome.
public enum CheckerScriptPurpose: Hashable, Sendable, CustomStringConvertible {
    case notifyUp(RealServerID)
    case notifyDown(RealServerID)
    case quorumUp(VirtualServerID)
    case quorumDown(VirtualServerID)

    /// keepalived's keyword for the script.
    public var keyword: String {
        switch self {
        case .notifyUp: "notify_up"
        case .notifyDown: "notify_down"
        case .quorumUp: "quorum_up"
        case .quorumDown: "quorum_down"
        }
    }

    public var description: String {
        switch self {
        case .notifyUp(let id), .notifyDown(let id):
            "\(keyword) of [\(id.address)]:\(id.port) of VS \(id.virtualServer)"
        case .quorumUp(let id), .quorumDown(let id): "\(keyword) of VS \(id)"
        }
    }
}
