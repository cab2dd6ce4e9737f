// Run by scripts/bench-metrics.sh: 200 real servers and 50 instances through swift-prometheus.
import Prometheus
import Glibc
// 200 real servers: up, weight, failures, transitions, duration histogram; 50 instances: 8 series.
let registry = PrometheusCollectorRegistry()
let buckets: [Double] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
var histos: [DurationHistogram] = []
for r in 0..<200 {
    let labels = [("virtual_server", "[10.0.0.1]:tcp:80"), ("real_server", "[10.0.1.\(r)]:tcp:8080")]
    registry.makeGauge(name: "vigil_real_server_up", labels: labels).set(to: 1.0)
    registry.makeGauge(name: "vigil_real_server_weight", labels: labels).set(to: Double(r))
    registry.makeCounter(name: "vigil_real_server_check_failures_total", labels: labels).increment(by: Int64(r))
    registry.makeCounter(name: "vigil_real_server_transitions_total", labels: labels + [("to", "up")]).increment(by: Int64(2))
    let h = registry.makeDurationHistogram(name: "vigil_real_server_check_duration_seconds", labels: labels,
        buckets: buckets.map { .milliseconds(Int64($0 * 1000)) })
    for i in 0..<100 { h.recordNanoseconds(Int64(i) * 100_000) }
    histos.append(h)
}
for i in 0..<50 {
    let labels = [("instance", "VI_\(i)")]
    for name in ["state", "wanted_state", "base_priority", "effective_priority"] {
        registry.makeGauge(name: "vigil_vrrp_instance_\(name)", labels: labels).set(to: Double(i))
    }
    for name in ["adverts_received_total", "adverts_sent_total", "became_master_total", "released_master_total"] {
        registry.makeCounter(name: "vigil_vrrp_\(name)", labels: labels).increment(by: Int64(i))
    }
}
var buffer: [UInt8] = []
let rounds = 1000
var start = timespec(); clock_gettime(CLOCK_MONOTONIC, &start)
for _ in 0..<rounds { buffer.removeAll(keepingCapacity: true); registry.emit(into: &buffer) }
var end = timespec(); clock_gettime(CLOCK_MONOTONIC, &end)
let micros = (Double(end.tv_sec - start.tv_sec) * 1e6 + Double(end.tv_nsec - start.tv_nsec) / 1e3) / Double(rounds)
// What the daemon's hot paths would pay instead of nothing: one counter increment per advert sent or
// received, one histogram observation per check.
let counter = registry.makeCounter(name: "vigil_vrrp_adverts_received_total", labels: [("instance", "VI_0")])
let updates = 1_000_000
clock_gettime(CLOCK_MONOTONIC, &start)
for _ in 0..<updates { counter.increment() }
clock_gettime(CLOCK_MONOTONIC, &end)
let counterNanos = (Double(end.tv_sec - start.tv_sec) * 1e9 + Double(end.tv_nsec - start.tv_nsec)) / Double(updates)
clock_gettime(CLOCK_MONOTONIC, &start)
for i in 0..<updates { histos[i % 200].recordNanoseconds(Int64(i % 100) * 100_000) }
clock_gettime(CLOCK_MONOTONIC, &end)
let histogramNanos = (Double(end.tv_sec - start.tv_sec) * 1e9 + Double(end.tv_nsec - start.tv_nsec)) / Double(updates)
var usage = rusage(); getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
print("swift-prometheus: \(buffer.count) bytes, \(micros) us per scrape, \(counterNanos) ns per counter increment, \(histogramNanos) ns per histogram observation, maxrss \(usage.ru_maxrss) KiB")
