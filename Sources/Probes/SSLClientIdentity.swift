import KeepalivedConfig
import NIOSSL

/// keepalived's root `SSL { }` block loaded for `SSL_GET` (Docs/Keepalived.md §4.2): the client
/// certificate chain (`certificate`), its private key (`key`, decrypted with `password`) and the CA
/// file (`ca`). keepalived loads the CA file but never sets SSL_VERIFY_PEER, so the server's
/// certificate is still not verified; a server that asks for a client certificate gets this one.
public struct SSLClientIdentity: Sendable {
    let configuration: TLSConfiguration

    /// Loads the files `settings` names; throws, naming the file, when one cannot be read or parsed
    /// (keepalived's checker then stops with a fatal error).
    public init(_ settings: SSLSettings) throws(SSLClientIdentityError) {
        var configuration = TLSClient.keepalivedDefault
        if let path = settings.certificateFile {
            do {
                configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(path).map { .certificate($0) }
            } catch {
                throw SSLClientIdentityError(file: path, kind: "certificate", reason: "\(error)")
            }
        }
        if let path = settings.keyFile {
            do {
                let key: NIOSSLPrivateKey
                if let password = settings.password {
                    key = try NIOSSLPrivateKey(file: path, format: .pem) { $0(Array(password.utf8)) }
                } else {
                    key = try NIOSSLPrivateKey(file: path, format: .pem)
                }
                configuration.privateKey = .privateKey(key)
            } catch {
                throw SSLClientIdentityError(file: path, kind: "key", reason: "\(error)")
            }
        }
        if let path = settings.certificateAuthorityFile {
            do {
                configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(path))
            } catch {
                throw SSLClientIdentityError(file: path, kind: "CA", reason: "\(error)")
            }
        }
        self.configuration = configuration
    }
}
