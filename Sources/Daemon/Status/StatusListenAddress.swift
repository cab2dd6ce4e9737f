/// Where `--status-listen` serves the read-only status over TCP: `127.0.0.1:9650`, `0.0.0.0:9650`,
/// `[::1]:9650`. Port 0 picks a free one.
public struct StatusListenAddress: Hashable, Sendable, CustomStringConvertible {
    /// The address to bind, without brackets.
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `ADDRESS:PORT` (an IPv6 address in brackets); nil when it is not one.
    public init?(parsing text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") {
            guard host.hasSuffix("]"), host.count > 2 else { return nil }
            host = String(host.dropFirst().dropLast())
        } else if host.contains(":") {
            return nil
        }
        guard !host.isEmpty else { return nil }
        self.init(host: host, port: port)
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
