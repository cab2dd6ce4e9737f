import Foundation
import NIOSSL
import Synchronization

/// A throw-away certificate made with the openssl CLI at test time, and a TLS server context that
/// records the SNI name each client sent.
struct SelfSignedCertificate {
    let certificate: NIOSSLCertificate
    let key: NIOSSLPrivateKey

    static func generate() throws -> SelfSignedCertificate {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let keyPath = directory.appendingPathComponent("key.pem").path
        let certificatePath = directory.appendingPathComponent("cert.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", keyPath, "-out", certificatePath, "-days", "1", "-subj", "/CN=vigil-probe-test",
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard let certificate = try NIOSSLCertificate.fromPEMFile(certificatePath).first else {
            throw MissingCertificate(path: certificatePath)
        }
        return SelfSignedCertificate(certificate: certificate, key: try NIOSSLPrivateKey(file: keyPath, format: .pem))
    }

    /// openssl exited without writing a certificate to `path`.
    struct MissingCertificate: Error {
        let path: String
    }

    /// A server context; `sniNames` collects the server name of every handshake ("" for none).
    func serverContext(recordingInto sniNames: SNIRecorder) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(certificate)], privateKey: .privateKey(key))
        configuration.sslContextCallback = { values, promise in
            sniNames.record(values.serverHostname ?? "")
            promise.succeed(.noChanges)
        }
        return try NIOSSLContext(configuration: configuration)
    }
}

final class SNIRecorder: Sendable {
    private let names = Mutex<[String]>([])

    func record(_ name: String) { names.withLock { $0.append(name) } }

    var recorded: [String] { names.withLock { $0 } }
}
