import Foundation
import Glibc
import Testing
import VigilLab

/// The root `SSL { password ca certificate key }` block used by SSL_GET (Docs/Keepalived.md §4.2):
/// against `openssl s_server -Verify 1`, which refuses a handshake without a client certificate its
/// CA signed, the real server whose server trusts the configured client certificate comes up and
/// the one whose server trusts another CA never does. The key is encrypted, so `password` is used.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct SSLClientCertificateTests {
    static let vip = "10.99.0.100"
    static let web1 = NamespaceLab.ipv4(11)

    /// A CA, a second CA, a server certificate and a client certificate (EC P-256, one day), the
    /// client key encrypted with `secret`.
    static func makeCertificates(in lab: NamespaceLab) throws {
        let d = lab.directory
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for ca in ["ca", "other-ca"] {
            _ = try lab.shell.run(
                ["openssl", "req", "-x509"] + ec + ["-keyout", "\(d)/\(ca).key", "-out", "\(d)/\(ca).pem", "-days", "1",
                    "-subj", "/CN=vigil test \(ca)"])
        }
        for (name, subject) in [("server", "web1"), ("client", "lb1")] {
            _ = try lab.shell.run(
                ["openssl", "req"] + ec + ["-keyout", "\(d)/\(name).key", "-out", "\(d)/\(name).csr", "-subj", "/CN=\(subject)"])
            _ = try lab.shell.run(
                ["openssl", "x509", "-req", "-in", "\(d)/\(name).csr", "-CA", "\(d)/ca.pem", "-CAkey", "\(d)/ca.key",
                    "-CAcreateserial", "-out", "\(d)/\(name).pem", "-days", "1"])
        }
        _ = try lab.shell.run(
            ["openssl", "pkey", "-in", "\(d)/client.key", "-out", "\(d)/client-encrypted.key", "-aes256", "-passout",
                "pass:secret"])
    }

    static func realServer(port: Int, directory: String) -> [String] {
        [
            "    real_server \(web1) \(port) {", "        notify_up \"/bin/touch \(directory)/up-\(port)\"",
            "        SSL_GET {", "            url {", "                path /", "                status_code 200",
            "            }", "            connect_timeout 2", "            retry 0", "            alpha", "        }", "    }",
        ]
    }

    static func config(directory d: String) -> String {
        let ssl = [
            "SSL {", "    password secret", "    ca \(d)/ca.pem", "    certificate \(d)/client.pem",
            "    key \(d)/client-encrypted.key", "}",
        ]
        let service =
            ["virtual_server \(vip) 443 {", "    delay_loop 1", "    lb_algo rr", "    lb_kind NAT", "    protocol TCP"]
            + realServer(port: 443, directory: d) + realServer(port: 8443, directory: d) + ["}"]
        var instance = InstanceConfig(state: "MASTER", priority: 101, password: "secret12")
        instance.extraLines = []
        return InstanceConfig.file(routerID: "lb1", globals: ["script_user root"], preamble: ssl + service, [instance])
    }

    @Test func sslGetPresentsTheConfiguredClientCertificate() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        try Self.makeCertificates(in: lab)
        let d = lab.directory
        // 443 trusts the CA that signed vigil's client certificate, 8443 trusts another one.
        for (port, ca) in [(443, "ca"), (8443, "other-ca")] {
            _ = try lab.start(
                "web1",
                ["openssl", "s_server", "-accept", "\(port)", "-cert", "\(d)/server.pem", "-key", "\(d)/server.key",
                    "-CAfile", "\(d)/\(ca).pem", "-Verify", "1", "-verify_return_error", "-www", "-quiet"],
                logName: "s_server-\(port)")
        }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(directory: d))
        let up443 = await Eventually.holds(within: .seconds(15)) { FileManager.default.fileExists(atPath: "\(d)/up-443") }
        #expect(up443, "the server that requires vigil's client certificate never answered: \(lb1.log)")
        // Three more checks of 8443 at delay_loop 1: each one is refused for its certificate.
        let up8443 = await Eventually.holds(within: .seconds(4)) {
            FileManager.default.fileExists(atPath: "\(d)/up-8443")
        }
        #expect(!up8443, "the server that trusts another CA accepted vigil's client certificate")
        #expect(lb1.isRunning, "\(lb1.log)")
    }

    @Test func aCertificateThatCannotBeLoadedStopsTheDaemon() async throws {
        let lab = try NamespaceLab.build(prefix: NamespaceLab.randomPrefix("vk"))
        defer { lab.destroy() }
        let lb1 = try lab.startVigil(on: "lb1", config: Self.config(directory: lab.directory))
        #expect(await lb1.waitForExit(within: .seconds(10)), "\(lb1.log)")
        #expect(lb1.reap()?.shellStatus == 1, "\(lb1.log)")
        #expect(lb1.log.contains("SSL error: cannot load the certificate file \(lab.directory)/client.pem"), "\(lb1.log)")
        #expect(!lab.holds("lb1", Self.vip))
    }
}
