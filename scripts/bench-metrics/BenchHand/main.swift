// Run by scripts/bench-metrics.sh beside a copy of Sources/Daemon/Status/PrometheusExposition.swift.
import Glibc
// The same series through the hand-written exposition, rebuilt from values each scrape (as the daemon does).
struct Real { var name: String; var up: Bool; var weight: Int; var failures: Int; var counts: [Int]; var sum: Double }
let buckets: [Double] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
let reals = (0..<200).map { r in Real(name: "[10.0.1.\(r)]:tcp:8080", up: true, weight: r, failures: r,
    counts: buckets.map { b in (0..<100).filter { Double($0) * 0.0001 <= b }.count }, sum: 0.495) }
func render() -> String {
    var out = PrometheusExposition()
    for (name, value) in [("vigil_real_server_up", { (r: Real) in r.up ? 1.0 : 0 }), ("vigil_real_server_weight", { Double($0.weight) })] {
        out.family(name, .gauge, help: "h")
        for r in reals { out.sample(name, [("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", r.name)], value(r)) }
    }
    out.family("vigil_real_server_check_failures_total", .counter, help: "h")
    for r in reals { out.sample("vigil_real_server_check_failures_total", [("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", r.name)], r.failures) }
    out.family("vigil_real_server_transitions_total", .counter, help: "h")
    for r in reals { out.sample("vigil_real_server_transitions_total", [("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", r.name), ("to", "up")], 2) }
    out.family("vigil_real_server_check_duration_seconds", .gauge, help: "h")
    for r in reals {
        let labels = [("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", r.name)]
        for (b, c) in zip(buckets, r.counts) { out.sample("vigil_real_server_check_duration_seconds_bucket", labels + [("le", "\(b)")], c) }
        out.sample("vigil_real_server_check_duration_seconds_bucket", labels + [("le", "+Inf")], 100)
        out.sample("vigil_real_server_check_duration_seconds_sum", labels, r.sum)
        out.sample("vigil_real_server_check_duration_seconds_count", labels, 100)
    }
    for name in ["state", "wanted_state", "base_priority", "effective_priority"] {
        out.family("vigil_vrrp_instance_\(name)", .gauge, help: "h")
        for i in 0..<50 { out.sample("vigil_vrrp_instance_\(name)", [("instance", "VI_\(i)")], i) }
    }
    for name in ["adverts_received_total", "adverts_sent_total", "became_master_total", "released_master_total"] {
        out.family("vigil_vrrp_\(name)", .counter, help: "h")
        for i in 0..<50 { out.sample("vigil_vrrp_\(name)", [("instance", "VI_\(i)")], i) }
    }
    return out.text
}
var bytes = 0
let rounds = 1000
var start = timespec(); clock_gettime(CLOCK_MONOTONIC, &start)
for _ in 0..<rounds { bytes = render().utf8.count }
var end = timespec(); clock_gettime(CLOCK_MONOTONIC, &end)
let micros = (Double(end.tv_sec - start.tv_sec) * 1e6 + Double(end.tv_nsec - start.tv_nsec) / 1e3) / Double(rounds)
var usage = rusage(); getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
print("hand-written: \(bytes) bytes, \(micros) us per scrape, maxrss \(usage.ru_maxrss) KiB")
