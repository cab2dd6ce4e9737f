/// Names a configured virtual server the way keepalived's log lines do: `[10.0.0.1]:tcp:80`, `FWM 1`,
/// or `[group-name]:tcp` for a group.
public struct VirtualServerID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var name: String

    public init(_ name: String) { self.name = name }

    public var description: String { name }

    public static func < (lhs: VirtualServerID, rhs: VirtualServerID) -> Bool { lhs.name < rhs.name }
}
