import Glibc
import LoadBalancer
import Netlink

extension IPVSDataPlane {
    /// Dumps every service, then each one's destinations (what `ipvsadm -Ln` does). A service
    /// removed between the two dumps (`ESRCH`) is left out.
    public func snapshot() throws(NetlinkRequestError) -> IPVSSnapshot {
        var entries: [IPVSSnapshot.Entry] = []
        for message in try send(.dumpServices) {
            let service = try decoded { () throws(NetlinkDecodingError) in try IPVSService(message: message) }
            let answers: [NetlinkMessage]
            do throws(NetlinkRequestError) { answers = try send(.dumpDestinations(service.key)) } catch
                where
                error.kernelErrno == ESRCH
            {
                continue
            }
            let destinations = try answers.map { answer throws(NetlinkRequestError) in
                try decoded { () throws(NetlinkDecodingError) in
                    try IPVSDestination(message: answer, serviceFamily: service.key.family)
                }
            }
            entries.append(IPVSSnapshot.Entry(service: service, destinations: destinations))
        }
        return IPVSSnapshot(entries: entries)
    }

    /// The kernel's table as the planner sees it (see `IPVSSnapshot.virtualServerTable`).
    public func observedTable() throws(NetlinkRequestError) -> VirtualServerTable {
        let table = try snapshot().virtualServerTable
        rememberSettings(of: table)
        return table
    }

    /// `IPVS_CMD_GET_INFO`: the kernel's IPVS version and connection table size.
    public func info() throws(NetlinkRequestError) -> IPVSInfo {
        guard let answer = try send(.getInfo).first else { throw .malformedReply(.missingAttribute(1)) }
        return try decoded { () throws(NetlinkDecodingError) in try IPVSInfo(message: answer) }
    }

    /// `IPVS_CMD_FLUSH`: removes every service (keepalived's `lvs_flush`).
    public func flush() throws(NetlinkRequestError) {
        _ = try send(.flush)
        rememberSettings(of: VirtualServerTable())
        ownedServices.withLock { $0 = [] }
    }

    /// `IPVS_CMD_GET_CONFIG`: the kernel's connection timeouts (`ipvsadm -L --timeout`).
    public func timeouts() throws(NetlinkRequestError) -> IPVSTimeouts {
        guard let answer = try send(.getTimeouts).first else { throw .malformedReply(.missingAttribute(4)) }
        return try decoded { () throws(NetlinkDecodingError) in try IPVSTimeouts(message: answer) }
    }

    /// `IPVS_CMD_SET_CONFIG`: sets the timeouts given, the kernel keeps the others (keepalived's `lvs_timeouts`).
    public func setTimeouts(_ timeouts: IPVSTimeouts) throws(NetlinkRequestError) {
        _ = try send(.setTimeouts(timeouts))
    }

    /// Starts the connection synchronisation daemon.
    public func startSyncDaemon(_ daemon: IPVSSyncDaemon) throws(NetlinkRequestError) {
        _ = try send(.startDaemon(daemon))
    }

    /// Stops the synchronisation daemon of `daemon.state`.
    public func stopSyncDaemon(_ daemon: IPVSSyncDaemon) throws(NetlinkRequestError) {
        _ = try send(.stopDaemon(daemon))
    }

    private func decoded<T>(_ body: () throws(NetlinkDecodingError) -> T) throws(NetlinkRequestError) -> T {
        do throws(NetlinkDecodingError) { return try body() } catch { throw .malformedReply(error) }
    }
}
