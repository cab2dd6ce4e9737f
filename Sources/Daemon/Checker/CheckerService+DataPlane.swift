import KeepalivedConfig
import LoadBalancer
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

extension CheckerService {
    /// keepalived's `lvs_timeouts`, `lvs_flush` and `lvs_flush_on_stop` (Docs/Keepalived.md §4.4),
    /// in keepalived's order: the timeouts are set, then with `lvs_flush` the data plane is flushed,
    /// both before the first table is applied; with `lvs_flush_on_stop` (not `VS`) the plane returned
    /// flushes at stop. `lvs_flush_on_stop VS` removes this daemon's virtual servers, as a stop does
    /// anyway. On nftables the flushes act on the tables this daemon owns, which hold only its
    /// virtual servers, and the timeouts are not supported (said in the log, and by vigil check).
    func prepare(_ plane: any DataPlane, _ lvs: GlobalLVSSettings, log: any LogSink) async -> any DataPlane {
        let timeouts = ConnectionTimeouts(tcp: lvs.tcpTimeout, tcpFin: lvs.tcpFinTimeout, udp: lvs.udpTimeout)
        do {
            try await plane.setConnectionTimeouts(timeouts).forEach { log.write(.warning($0)) }
        } catch {
            log.write(.error("lvs_timeouts: cannot set the \(plane.name) connection timeouts: \(error)"))
        }
        if lvs.flushAtStart {
            do {
                try await plane.flush()
                log.write(.info("lvs_flush: flushed the \(plane.name) virtual servers"))
            } catch {
                log.write(.error("lvs_flush: cannot flush the \(plane.name) virtual servers: \(error)"))
            }
        }
        switch lvs.flushOnStop {
        case .all: return FlushOnStopDataPlane(plane: plane)
        case .none, .virtualServers: return plane
        }
    }
}
