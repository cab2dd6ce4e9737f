/// Which requests on the status socket are the control side's: `POST /control/...` (a command) and
/// `GET /watch` (the transition stream). Everything else goes on to the status handler.
enum ControlRoute: Hashable, Sendable {
    case command(ControlCommand)
    case watch
    /// A control path that names no command, or the wrong method for it.
    case refused(code: Int, reason: String, message: String)
    case notControl

    static let watchPath = "/watch"

    init(head: String) {
        let requestLine = head.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2 else {
            self = .notControl
            return
        }
        let method = parts[0]
        let path = String(parts[1])
        if path == Self.watchPath {
            self = method == "GET" ? .watch : .refused(code: 405, reason: "Method Not Allowed", message: "GET /watch")
        } else if path.hasPrefix(ControlCommand.prefix) {
            if method != "POST" {
                self = .refused(code: 405, reason: "Method Not Allowed", message: "control commands are POST requests")
            } else if let command = ControlCommand(path: path) {
                self = .command(command)
            } else {
                self = .refused(code: 400, reason: "Bad Request", message: "unknown control command \(path)")
            }
        } else {
            self = .notControl
        }
    }
}
