/// The `authentication { auth_type ...; auth_pass ... }` block: VRRPv2 over IPv4 only
/// (Docs/Keepalived.md §3.4).
public struct AuthenticationBlock: Hashable, Sendable {
    /// `auth_type PASS|AH`.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Simple text password, auth type 1 on the wire.
        case pass = "PASS"
        /// IPsec AH (HMAC-MD5-96), auth type 2; a deprecated keepalived-only scheme.
        case ah = "AH"
    }

    public var kind: Kind
    /// The password as sent: at most 8 bytes, NUL padded to 8.
    public var password: [UInt8]

    public init(kind: Kind, password: [UInt8]) {
        self.kind = kind
        self.password = password
    }

    /// The password bytes before the NUL padding, as text.
    public var passwordText: String {
        String(decoding: password.prefix { $0 != 0 }, as: UTF8.self)
    }
}
