// Run by scripts/bench-metrics.sh beside copies of Sources/Daemon/Status/PrometheusExposition.swift and
// PrometheusLabels.swift.
import Glibc
// The same series through the hand-written exposition, rendered from values at each scrape as the daemon
// does: the label sets are rendered once per scrape per instance and real server, then reused.
struct Real { var name: String; var up: Bool; var weight: Int; var failures: Int; var counts: [Int]; var sum: Double }
let buckets: [Double] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
let reals = (0..<200).map { r in Real(name: "[10.0.1.\(r)]:tcp:8080", up: true, weight: r, failures: r,
    counts: buckets.map { b in (0..<100).filter { Double($0) * 0.0001 <= b }.count }, sum: 0.495) }
let instances = (0..<50).map { "VI_\($0)" }
func render(lastSize: Int) -> [UInt8] {
    var out = PrometheusExposition(capacity: lastSize)
    let realLabels = reals.map { PrometheusLabels([("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", $0.name)]) }
    let instanceLabels = instances.map { PrometheusLabels([("instance", $0)]) }
    for (name, value) in [("vigil_real_server_up", { (r: Real) in r.up ? 1.0 : 0 }), ("vigil_real_server_weight", { Double($0.weight) })] {
        out.family(name, .gauge, help: "h")
        for (r, labels) in zip(reals, realLabels) { out.sample(name, labels, value(r)) }
    }
    out.family("vigil_real_server_check_failures_total", .counter, help: "h")
    for (r, labels) in zip(reals, realLabels) { out.sample("vigil_real_server_check_failures_total", labels, r.failures) }
    out.family("vigil_real_server_transitions_total", .counter, help: "h")
    for labels in realLabels { out.sample("vigil_real_server_transitions_total", labels.adding("to", "up"), 2) }
    out.family("vigil_real_server_check_duration_seconds", .histogram, help: "h")
    for (r, labels) in zip(reals, realLabels) {
        out.histogram("vigil_real_server_check_duration_seconds", labels, bounds: buckets, counts: r.counts, count: 100, sum: r.sum)
    }
    for name in ["state", "wanted_state", "base_priority", "effective_priority"] {
        out.family("vigil_vrrp_instance_\(name)", .gauge, help: "h")
        for (i, labels) in instanceLabels.enumerated() { out.sample("vigil_vrrp_instance_\(name)", labels, i) }
    }
    for name in ["adverts_received_total", "adverts_sent_total", "became_master_total", "released_master_total"] {
        out.family("vigil_vrrp_\(name)", .counter, help: "h")
        for (i, labels) in instanceLabels.enumerated() { out.sample("vigil_vrrp_\(name)", labels, i) }
    }
    return out.utf8
}
var bytes = 0
let rounds = 1000
var start = timespec(); clock_gettime(CLOCK_MONOTONIC, &start)
for _ in 0..<rounds { bytes = render(lastSize: bytes).count }
var end = timespec(); clock_gettime(CLOCK_MONOTONIC, &end)
let micros = (Double(end.tv_sec - start.tv_sec) * 1e6 + Double(end.tv_nsec - start.tv_nsec) / 1e3) / Double(rounds)
var usage = rusage(); getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
print("hand-written: \(bytes) bytes, \(micros) us per scrape, 0 ns per update (values are read at the scrape), maxrss \(usage.ru_maxrss) KiB")
