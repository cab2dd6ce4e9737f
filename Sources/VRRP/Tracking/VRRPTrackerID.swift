/// Names one tracked object: a `vrrp_script`, an interface, a `track_file`, a process, a BFD session or
/// (`track_src_ip`) an instance's configured source address.
public struct VRRPTrackerID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// What kind of object is tracked.
    public enum Kind: Hashable, Sendable, Comparable {
        case script
        case interface
        case file
        case process
        case bfd
        /// `track_src_ip`: the instance's configured source address, present on the host or not.
        case sourceAddress
    }

    public var kind: Kind
    public var name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }

    public static func script(_ name: String) -> VRRPTrackerID { VRRPTrackerID(kind: .script, name: name) }
    public static func interface(_ name: String) -> VRRPTrackerID { VRRPTrackerID(kind: .interface, name: name) }
    public static func file(_ name: String) -> VRRPTrackerID { VRRPTrackerID(kind: .file, name: name) }
    public static func process(_ name: String) -> VRRPTrackerID { VRRPTrackerID(kind: .process, name: name) }
    public static func bfd(_ name: String) -> VRRPTrackerID { VRRPTrackerID(kind: .bfd, name: name) }
    public static func sourceAddress(_ address: String) -> VRRPTrackerID { VRRPTrackerID(kind: .sourceAddress, name: address) }

    public static func < (lhs: VRRPTrackerID, rhs: VRRPTrackerID) -> Bool {
        (lhs.kind, lhs.name) < (rhs.kind, rhs.name)
    }

    /// The object as keepalived names it in its log (`VRRP_Script(chk_nginx)`, `interface eth1`).
    public var description: String {
        switch kind {
        case .script: "VRRP_Script(\(name))"
        case .interface: "interface \(name)"
        case .file: "track_file \(name)"
        case .process: "track_process \(name)"
        case .bfd: "BFD \(name)"
        case .sourceAddress: "source address \(name)"
        }
    }
}
