/// The checker's notify FIFO lines (Docs/Keepalived.md §6.3), found by comparing two snapshots as
/// `CheckerAlertDetector` does: an `RS` line for each real server whose health flipped, then a `VS`
/// line for each virtual server whose quorum flipped (keepalived's order: the server's notifies,
/// then the quorum's). Servers present in only one snapshot (start-up, reload) write nothing.
public enum CheckerFIFODetector {
    public static func lines(from old: CheckerSnapshot, to new: CheckerSnapshot) -> [NotifyFIFOLine] {
        let before = Dictionary(old.virtualServers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines: [NotifyFIFOLine] = []
        for virtualServer in new.virtualServers {
            guard let previous = before[virtualServer.id] else { continue }
            let alive = Dictionary(
                previous.realServers.map { ($0.id, $0.isAlive) }, uniquingKeysWith: { first, _ in first })
            let name = virtualServer.id.description
            for server in virtualServer.realServers {
                guard let was = alive[server.id], was != server.isAlive else { continue }
                lines.append(.realServer(server.label, of: name, up: server.isAlive))
            }
            if previous.quorumUp != virtualServer.quorumUp {
                lines.append(.virtualServer(name, up: virtualServer.quorumUp))
            }
        }
        return lines
    }

    /// `rs_init_notifies`: an `RS` UP line for each real server in `new` that `old` did not have and
    /// that is up (keepalived writes it when it first puts the server in the pool).
    public static func initialLines(from old: CheckerSnapshot, to new: CheckerSnapshot) -> [NotifyFIFOLine] {
        let known = Set(old.virtualServers.flatMap { $0.realServers.map(\.id) })
        return new.virtualServers.flatMap { virtualServer in
            virtualServer.realServers.filter { !known.contains($0.id) && $0.isAlive }.map {
                NotifyFIFOLine.realServer($0.label, of: virtualServer.id.description, up: true)
            }
        }
    }
}
