/// The label sets one scrape of a status document uses, rendered once: one per instance, per
/// virtual server and per (virtual server, real server) pair, in the document's order.
struct PrometheusLabelSets {
    /// `instance="…"`, one per instance.
    let instances: [PrometheusLabels]
    /// `virtual_server="…"`, one per virtual server.
    let virtualServers: [PrometheusLabels]
    /// Every real server of every virtual server, in order, beside `pairs`.
    let realServers: [StatusDocument.RealServer]
    /// `virtual_server="…",real_server="…"`, one per entry of `realServers`.
    let pairs: [PrometheusLabels]

    init(_ document: StatusDocument) {
        instances = document.instances.map { PrometheusLabels([("instance", $0.name)]) }
        virtualServers = document.virtualServers.map { PrometheusLabels([("virtual_server", $0.name)]) }
        var realServers: [StatusDocument.RealServer] = []
        var pairs: [PrometheusLabels] = []
        for (server, named) in zip(document.virtualServers, virtualServers) {
            for real in server.realServers {
                realServers.append(real)
                pairs.append(named.adding("real_server", real.name))
            }
        }
        self.realServers = realServers
        self.pairs = pairs
    }
}
