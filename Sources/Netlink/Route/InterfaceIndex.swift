/// A Linux interface index (`ifindex`), as rtnetlink, `IP_PKTINFO` and `sockaddr_ll` carry it.
public struct InterfaceIndex: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The wildcard index 0 ("any interface").
    public static let any = InterfaceIndex(0)

    public var description: String { "\(rawValue)" }

    public static func < (lhs: InterfaceIndex, rhs: InterfaceIndex) -> Bool { lhs.rawValue < rhs.rawValue }
}
