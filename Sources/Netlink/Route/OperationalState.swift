/// `IFLA_OPERSTATE`: the RFC 2863 operational status as Linux reports it (linux/if.h `IF_OPER_*`).
public enum OperationalState: Hashable, Sendable, CustomStringConvertible {
    case unknown
    case notPresent
    case down
    case lowerLayerDown
    case testing
    case dormant
    case up
    /// A value newer than this code.
    case other(UInt8)

    public init(rawValue: UInt8) {
        switch rawValue {
        case 0: self = .unknown
        case 1: self = .notPresent
        case 2: self = .down
        case 3: self = .lowerLayerDown
        case 4: self = .testing
        case 5: self = .dormant
        case 6: self = .up
        default: self = .other(rawValue)
        }
    }

    public var rawValue: UInt8 {
        switch self {
        case .unknown: 0
        case .notPresent: 1
        case .down: 2
        case .lowerLayerDown: 3
        case .testing: 4
        case .dormant: 5
        case .up: 6
        case .other(let v): v
        }
    }

    /// The word `ip link` prints (`UP`, `DOWN`, `LOWERLAYERDOWN`, ...).
    public var description: String {
        switch self {
        case .unknown: "UNKNOWN"
        case .notPresent: "NOTPRESENT"
        case .down: "DOWN"
        case .lowerLayerDown: "LOWERLAYERDOWN"
        case .testing: "TESTING"
        case .dormant: "DORMANT"
        case .up: "UP"
        case .other(let v): "\(v)"
        }
    }
}
