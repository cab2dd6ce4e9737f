import LinuxPlatform
import Runtime

/// Which data plane the checker side programs and why, as the start-up log line says it: IPVS when
/// its generic netlink family resolves, nftables otherwise, unless the operator chose (the command
/// line's choice wins over `VIGIL_DATAPLANE`).
public struct DataPlaneSelection: Sendable {
    public var plane: DataPlaneChoice
    public var reason: String
    /// True when the operator's choice could not be honoured or was not understood.
    public var isDegraded: Bool
    /// The IPVS driver, when `plane` is `.ipvs`.
    public var ipvs: (any DataPlane)?

    /// Decides from the requested choice, where it came from (for the log), a request that did not
    /// parse, and what probing IPVS finds (probed only when it matters).
    public static func select(
        requested: DataPlaneChoice?, source: String, invalidRequest: String? = nil, probeIPVS: () -> IPVSProbeOutcome
    ) -> DataPlaneSelection {
        switch requested {
        case .disabled:
            return DataPlaneSelection(plane: .disabled, reason: "\(source): nothing is programmed", isDegraded: false)
        case .nftables:
            return DataPlaneSelection(plane: .nftables, reason: source, isDegraded: false)
        case .ipvs:
            let outcome = probeIPVS()
            if case .available(let plane, let detail) = outcome {
                return DataPlaneSelection(plane: .ipvs, reason: "\(source), \(detail)", isDegraded: false, ipvs: plane)
            }
            return DataPlaneSelection(plane: .nftables, reason: "\(source) but \(why(outcome))", isDegraded: true)
        case nil:
            let ignored = invalidRequest.map { "ignoring \($0), expected ipvs, nftables or none; " } ?? ""
            let outcome = probeIPVS()
            if case .available(let plane, let detail) = outcome {
                return DataPlaneSelection(
                    plane: .ipvs, reason: ignored + detail, isDegraded: invalidRequest != nil, ipvs: plane)
            }
            return DataPlaneSelection(
                plane: .nftables, reason: ignored + why(outcome), isDegraded: invalidRequest != nil)
        }
    }

    private static func why(_ outcome: IPVSProbeOutcome) -> String {
        switch outcome {
        case .available(_, let detail): detail
        case .resolvedWithoutDriver(let detail): "\(detail), but this build has no IPVS driver"
        case .unavailable(let reason): "IPVS unavailable: \(reason)"
        }
    }

    /// `Data plane: nftables (IPVS unavailable: …)`.
    public var logLine: String {
        let name =
            switch plane {
            case .ipvs: "IPVS"
            case .nftables: "nftables"
            case .disabled: "none"
            }
        return "Data plane: \(name) (\(reason))"
    }
}
