import HealthCheck
import NIOSSL
import NetworkPrimitives

/// The TLS side of SSL_GET: one client context shared by every probe, and keepalived's choice of
/// SNI name (Docs/Keepalived.md §4.2).
struct TLSClient: Sendable {
    /// keepalived builds a default OpenSSL client context and never sets SSL_VERIFY_PEER, so
    /// certificates are not verified, even with a CA configured.
    static var keepalivedDefault: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = .none
        // Nothing is verified, so the system trust store need not be loaded.
        configuration.trustRoots = .certificates([])
        return configuration
    }

    private let context: Result<NIOSSLContext, TLSSetupError>

    init(configuration: TLSConfiguration) {
        do {
            context = .success(try NIOSSLContext(configuration: configuration))
        } catch {
            context = .failure(TLSSetupError(reason: "TLS context: \(error)"))
        }
    }

    func handler(serverName: String?) throws -> NIOSSLClientHandler {
        try NIOSSLClientHandler(context: context.get(), serverHostname: serverName)
    }

    /// With `enable_sni`: `sni_name`, else the URL's virtual host, else the checker's. SNI carries
    /// host names only (RFC 6066 §3), so an address literal sends none.
    static func serverName(for tls: HTTPProbe.TLS, url: HTTPProbe.URLCheck, probe: HTTPProbe) -> String? {
        guard tls.enableSNI, let name = tls.serverName ?? url.virtualHost ?? probe.virtualHost else { return nil }
        let host = Self.stripPort(name)
        guard !host.isEmpty, IPAddress(host) == nil else { return nil }
        return host
    }

    /// `www.example.com:8443` names the host `www.example.com`; `[2001:db8::1]:443` names an address.
    private static func stripPort(_ name: String) -> String {
        if name.hasPrefix("[") { return "" }
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isNumber)
        else { return name }
        return String(parts[0])
    }
}

struct TLSSetupError: Error {
    var reason: String
}
