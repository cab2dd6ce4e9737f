import Glibc
import NetworkPrimitives

/// An IPv4 interface setting under `/proc/sys/net/ipv4/conf/<interface>/`, as keepalived reads and
/// writes `promote_secondaries` when it has no netlink devconf support.
public struct InterfaceSysctl: Sendable {
    /// Why a setting could not be read or written.
    public struct AccessError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public let name: String

    /// `promote_secondaries`: when the primary address of a subnet goes, a secondary one is promoted
    /// instead of every address of the subnet going with it.
    public static let promoteSecondaries = InterfaceSysctl(name: "promote_secondaries")

    public init(name: String) {
        self.name = name
    }

    func path(_ interface: InterfaceName) -> String { "/proc/sys/net/ipv4/conf/\(interface.rawValue)/\(name)" }

    /// The setting's integer value on `interface`.
    public func value(on interface: InterfaceName) throws(AccessError) -> Int {
        let path = path(interface)
        let bytes: [UInt8]
        do {
            let fd = try System.open(path, flags: O_RDONLY)
            defer { System.close(fd) }
            bytes = try System.read(fd, upTo: 32)
        } catch {
            throw AccessError(path: path, reason: error.reason)
        }
        let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        guard let value = Int(text) else { throw AccessError(path: path, reason: "not a number: '\(text)'") }
        return value
    }

    /// Writes `value` to the setting on `interface`.
    public func set(_ value: Int, on interface: InterfaceName) throws(AccessError) {
        let path = path(interface)
        do {
            let fd = try System.open(path, flags: O_WRONLY)
            defer { System.close(fd) }
            try System.writeAll(fd, Array("\(value)\n".utf8))
        } catch {
            throw AccessError(path: path, reason: error.reason)
        }
    }
}
