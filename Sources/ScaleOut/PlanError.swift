/// Why a `PlanRequest` cannot be planned at all (as opposed to a plan whose verdict is that no
/// layout fits).
public enum PlanError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooFewNodes(Int)
    case duplicateNodeName(String)
    case tolerateOutOfRange(tolerate: Int, nodes: Int)
    case noVIPs
    case duplicateVIP(String)
    case mixedVIPFamilies
    case vipRangeOverflow(first: String, count: Int)
    case virtualRouterIDsOutOfRange(first: Int, count: Int)
    case advertIntervalOutOfRange(Int)
    case loadWithoutCapacity
    case capacityWithoutLoad
    case automaticCountNeedsTotalLoad
    case unicastFamilyMismatch(node: String)
    case noEvenCount(limit: Int)

    public var description: String {
        switch self {
        case .tooFewNodes(let count): "a plan needs at least 2 nodes, got \(count)"
        case .duplicateNodeName(let name): "node '\(name)' is given twice"
        case .tolerateOutOfRange(let tolerate, let nodes):
            "--tolerate \(tolerate) is out of range: \(nodes) nodes tolerate 0 to \(nodes - 1) failures"
        case .noVIPs: "no VIPs: give --vip, or --first-vip with --vips or --total-load"
        case .duplicateVIP(let vip): "VIP \(vip) is given twice"
        case .mixedVIPFamilies: "the VIPs mix IPv4 and IPv6; plan each family separately"
        case .vipRangeOverflow(let first, let count):
            "\(count) consecutive VIPs from \(first) run past the last address of its subnet"
        case .virtualRouterIDsOutOfRange(let first, let count):
            "\(count) VIPs from virtual_router_id \(first) need ids up to \(first + count - 1); ids are 1 to 255"
        case .advertIntervalOutOfRange(let seconds): "--advert-int \(seconds) is out of range (1 to 255 seconds)"
        case .loadWithoutCapacity: "a load needs --capacity (each node's link)"
        case .capacityWithoutLoad: "--capacity needs a load: --load-per-vip or --total-load"
        case .automaticCountNeedsTotalLoad:
            "without --vips or --vip, the VIP count is chosen for a total load: give --total-load (or --vips)"
        case .unicastFamilyMismatch(let node):
            "--unicast: node '\(node)' has an address of another family than the VIPs"
        case .noEvenCount(let limit): "no VIP count up to \(limit) spreads exactly evenly; give --vips"
        }
    }
}
