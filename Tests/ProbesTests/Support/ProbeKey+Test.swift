import HealthCheck
import NetworkPrimitives

extension ProbeKey {
    /// A probe of `spec` against 127.0.0.1 (or `host`) at `port`.
    static func local(_ spec: ProbeSpec, port: Int, host: String = "127.0.0.1", timeout: Duration = .seconds(5))
        -> ProbeKey
    {
        ProbeKey(
            target: ProbeTarget(address: IPAddress.literal(host), port: UInt16(port)), spec: spec,
            timeout: timeout)
    }
}

extension HTTPProbe {
    static func get(_ path: String = "/", digest: String? = nil, statusCodes: [ClosedRange<Int>] = [200...299])
        -> HTTPProbe
    {
        HTTPProbe(urls: [URLCheck(path: path, statusCodes: statusCodes, digest: digest)])
    }
}

extension IPAddress {
    /// An address literal known to be valid (the unspecified address if it is not, failing the test).
    static func literal(_ text: String) -> IPAddress {
        IPAddress(text) ?? .v4(IPv4Address(0))
    }
}
