import LinuxPlatform
import Runtime

extension CheckerService {
    func selectDataPlane(_ options: CheckerServiceOptions) -> DataPlaneSelection {
        let request = options.requestedDataPlane
        return DataPlaneSelection.select(
            requested: request.choice, source: request.source, invalidRequest: request.invalid,
            probeIPVS: ports.probeIPVS)
    }

    func dataPlane(for selection: DataPlaneSelection, options: CheckerServiceOptions) -> any DataPlane {
        switch selection.plane {
        case .ipvs: selection.ipvs ?? ports.makeNFTables(options)
        case .nftables: ports.makeNFTables(options)
        case .disabled: DisabledCheckerDataPlane()
        }
    }
}
