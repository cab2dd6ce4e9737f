import Engine

/// What `vigil ctl` asks the daemon to do over the status socket (root only). Each is one HTTP/1.0
/// request, `POST /control/...`, whose path `target` spells and `init(path:)` reads back.
public enum ControlCommand: Hashable, Sendable, CustomStringConvertible {
    /// Weight 0 for the real server while established connections finish, until `undrain`.
    case drain(RealServerSelector)
    /// Back to its configured (or checker-given) weight.
    case undrain(RealServerSelector)
    /// The instance hands mastership over and stays BACKUP until `resume`.
    case maintenance(instance: String)
    case resume(instance: String)
    /// Re-read the configuration, as SIGHUP does.
    case reload

    static let prefix = "/control/"

    /// `drain` (or `undrain`) of the real server `RS:PORT` in the virtual servers on `VIP:PORT`; nil
    /// when either is not `ADDRESS:PORT` (`[IPv6]:PORT`).
    public static func drain(virtualServer: String, realServer: String, drained: Bool) -> ControlCommand? {
        guard let selector = RealServerSelector(virtualServer: virtualServer, realServer: realServer) else {
            return nil
        }
        return drained ? .drain(selector) : .undrain(selector)
    }

    /// The request path: `/control/drain/10.0.0.1:80/192.168.1.10:80`, `/control/maintenance/VI_1`, `/control/reload`.
    public var target: String {
        switch self {
        case .drain(let selector): Self.path("drain", Self.virtualServer(selector), Self.realServer(selector))
        case .undrain(let selector): Self.path("undrain", Self.virtualServer(selector), Self.realServer(selector))
        case .maintenance(let instance): Self.path("maintenance", instance)
        case .resume(let instance): Self.path("resume", instance)
        case .reload: Self.path("reload")
        }
    }

    /// The command a request path names; nil when the path is not one `target` makes.
    public init?(path: String) {
        guard path.hasPrefix(Self.prefix) else { return nil }
        let parts = path.dropFirst(Self.prefix.count).split(separator: "/", omittingEmptySubsequences: false)
            .map { PercentEncoding.decode(String($0)) }
        guard let verb = parts.first, parts.allSatisfy({ $0 != nil }) else { return nil }
        let arguments = parts.dropFirst().compactMap { $0 }
        switch (verb, arguments.count) {
        case ("drain", 2), ("undrain", 2):
            guard let selector = RealServerSelector(virtualServer: arguments[0], realServer: arguments[1]) else {
                return nil
            }
            self = verb == "drain" ? .drain(selector) : .undrain(selector)
        case ("maintenance", 1) where !arguments[0].isEmpty: self = .maintenance(instance: arguments[0])
        case ("resume", 1) where !arguments[0].isEmpty: self = .resume(instance: arguments[0])
        case ("reload", 0): self = .reload
        default: return nil
        }
    }

    /// `drain 10.0.0.1:80 192.168.1.10:80`, `maintenance VI_1`, `reload`: what the log says was asked.
    public var description: String {
        switch self {
        case .drain(let selector): "drain \(selector)"
        case .undrain(let selector): "undrain \(selector)"
        case .maintenance(let instance): "maintenance \(instance)"
        case .resume(let instance): "resume \(instance)"
        case .reload: "reload"
        }
    }

    private static func path(_ verb: String, _ arguments: String...) -> String {
        ([prefix + verb] + arguments.map(PercentEncoding.encode)).joined(separator: "/")
    }

    private static func virtualServer(_ selector: RealServerSelector) -> String {
        String(selector.description.prefix { $0 != " " })
    }

    private static func realServer(_ selector: RealServerSelector) -> String {
        String(selector.description.drop { $0 != " " }.dropFirst())
    }
}
