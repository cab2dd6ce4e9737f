import NetworkPrimitives

/// An HAProxy configuration that health-checks the same servers the same way: HTTP GET / every
/// second (`option httpchk`, `inter 1s`), on one thread. HAProxy refuses to start without a
/// listener, so an idle frontend on `listenPort` carries no traffic.
enum HAProxyConfig {
    /// `ulimit-n` is the open-file limit we have: HAProxy reserves a descriptor per checked server
    /// and refuses to start when it cannot raise its limit that far; given the limit it warns and runs.
    static func render(addresses: [IPv4Address], port: Int, listenPort: Int, interval: Duration, openFiles: Int)
        -> String
    {
        let milliseconds = interval.components.seconds * 1000 + interval.components.attoseconds / 1_000_000_000_000_000
        var lines = [
            "global",
            "    nbthread 1",
            "    maxconn 4000",
            "    ulimit-n \(openFiles)",
            "    log stderr format raw local0 emerg",
            "",
            "defaults",
            "    mode http",
            "    timeout connect 5s",
            "    timeout client 5s",
            "    timeout server 5s",
            "    timeout check 5s",
            "",
            "frontend idle",
            "    bind 127.0.0.1:\(listenPort)",
            "    default_backend realservers",
            "",
            "backend realservers",
            "    option httpchk GET /",
            "    default-server check inter \(milliseconds)ms fall 2 rise 1",
        ]
        lines.reserveCapacity(lines.count + addresses.count)
        for (index, address) in addresses.enumerated() {
            lines.append("    server rs\(index) \(address):\(port)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
