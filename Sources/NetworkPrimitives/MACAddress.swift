/// A 48-bit Ethernet hardware address.
public struct MACAddress: Hashable, Sendable, CustomStringConvertible {
    public var bytes: [UInt8]

    /// Takes exactly six bytes; anything else is `nil`.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 6 else { return nil }
        self.bytes = Array(bytes)
    }

    /// Parses `aa:bb:cc:dd:ee:ff` (colons or dashes).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(whereSeparator: { $0 == ":" || $0 == "-" })
        guard parts.count == 6 else { return nil }
        var out: [UInt8] = []
        for p in parts {
            guard p.count == 2, let b = UInt8(p, radix: 16) else { return nil }
            out.append(b)
        }
        bytes = out
    }

    public var description: String {
        bytes.map { b in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined(separator: ":")
    }

    public static let broadcast = MACAddress(unchecked: [0xff, 0xff, 0xff, 0xff, 0xff, 0xff])
    public static let zero = MACAddress(unchecked: [0, 0, 0, 0, 0, 0])

    private init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// The VRRP virtual router MAC, 00-00-5E-00-01-{VRID} (IPv4) or 00-00-5E-00-02-{VRID} (IPv6),
    /// RFC 5798 section 7.3.
    public static func virtualRouter(vrid: UInt8, family: AddressFamily) -> MACAddress {
        MACAddress(unchecked: [0x00, 0x00, 0x5e, 0x00, family == .inet ? 0x01 : 0x02, vrid])
    }
}
