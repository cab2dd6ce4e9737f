/// One step from an observed table towards a desired one; each maps to one IPVS command (Docs/Keepalived.md §5).
public enum DataPlaneChange: Hashable, Sendable, CustomStringConvertible {
    /// `IPVS_CMD_NEW_SERVICE`; its destinations follow as `.addDestination`.
    case addService(ServiceKey, VirtualService.Settings)
    /// `IPVS_CMD_SET_SERVICE`.
    case updateService(ServiceKey, VirtualService.Settings)
    /// `IPVS_CMD_DEL_SERVICE`; the kernel drops its destinations with it.
    case removeService(ServiceKey)
    /// `IPVS_CMD_NEW_DEST`.
    case addDestination(ServiceKey, Destination)
    /// `IPVS_CMD_SET_DEST`.
    case updateDestination(ServiceKey, Destination)
    /// `IPVS_CMD_DEL_DEST`.
    case removeDestination(ServiceKey, Destination.Key)

    public var description: String {
        switch self {
        case .addService(let key, let settings): "add service \(key) \(settings.scheduler.rawValue)"
        case .updateService(let key, let settings): "update service \(key) \(settings.scheduler.rawValue)"
        case .removeService(let key): "remove service \(key)"
        case .addDestination(let key, let d): "add \(d) to \(key)"
        case .updateDestination(let key, let d): "update \(d) in \(key)"
        case .removeDestination(let key, let d): "remove \(d) from \(key)"
        }
    }
}
