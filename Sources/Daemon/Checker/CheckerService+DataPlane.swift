import Engine

extension CheckerService {
    func selectDataPlane(_ options: CheckerServiceOptions) -> DataPlaneSelection {
        let request = options.requestedDataPlane
        return DataPlaneSelection.select(
            requested: request.choice, source: request.source, invalidRequest: request.invalid,
            probeIPVS: ports.probeIPVS)
    }

    func dataPlane(for selection: DataPlaneSelection, options: CheckerServiceOptions) -> any CheckerDataPlane {
        switch selection.plane {
        case .ipvs: selection.ipvs ?? ports.makeNFTables(options)
        case .nftables: ports.makeNFTables(options)
        case .disabled: DisabledCheckerDataPlane()
        }
    }

    func release(_ dataPlane: any CheckerDataPlane, log: @Sendable (CheckerLogLine) -> Void) async {
        do {
            try await dataPlane.release()
            log(.info("Removed the \(dataPlane.name) virtual servers"))
        } catch {
            log(.error("Cannot remove the \(dataPlane.name) virtual servers: \(error)"))
        }
    }
}
