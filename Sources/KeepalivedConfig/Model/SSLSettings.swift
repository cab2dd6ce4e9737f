/// The root `SSL { }` block: the TLS client identity used by `SSL_GET` checkers.
public struct SSLSettings: Hashable, Sendable {
    /// `password`: the private key's pass phrase.
    public var password: String?
    /// `ca`: CA certificate file.
    public var certificateAuthorityFile: String?
    /// `certificate`: client certificate file.
    public var certificateFile: String?
    /// `key`: private key file.
    public var keyFile: String?

    public init() {}
}
