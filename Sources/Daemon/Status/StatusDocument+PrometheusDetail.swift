extension StatusDocument {
    /// Transitions by cause, priority 0 received, lower-priority adverts discarded and time in state, per instance.
    func writeTransitions(_ out: inout PrometheusExposition, _ labels: PrometheusLabelSets) {
        out.family("vigil_vrrp_transitions_total", .counter, help: "State changes, by cause.")
        for (instance, named) in zip(instances, labels.instances) {
            for (reason, count) in (instance.counters.transitions ?? [:]).sorted(by: { $0.key < $1.key }) {
                out.sample("vigil_vrrp_transitions_total", named.adding("reason", reason), count)
            }
        }
        // Counters optional in the document (a document from an older Vigil, or a test's, may lack them).
        let optionalCounters: [(String, String, (Counters) -> Int?)] = [
            (
                "vigil_vrrp_priority_zero_received_total",
                "Priority 0 advertisements received (the master stepping down).", { $0.priorityZeroReceived }
            ),
            (
                "vigil_vrrp_lower_priority_discarded_total",
                "Lower-priority advertisements discarded by a preempting backup (the first of a run is logged).",
                { $0.lowerPriorityDiscarded }
            ),
        ]
        for (name, help, value) in optionalCounters {
            out.family(name, .counter, help: help)
            for (instance, named) in zip(instances, labels.instances) {
                if let count = value(instance.counters) { out.sample(name, named, count) }
            }
        }
        out.family("vigil_vrrp_instance_state_duration_seconds", .gauge, help: "Seconds in the current state.")
        for (instance, named) in zip(instances, labels.instances) {
            guard let at = instance.lastTransition?.at else { continue }
            out.sample("vigil_vrrp_instance_state_duration_seconds", named, max(0, generatedAt - at))
        }
        if let dataPlaneState {
            out.family("vigil_data_plane_in_sync", .gauge, help: "1 while the data plane holds the newest table.")
            out.sample("vigil_data_plane_in_sync", .none, dataPlaneState == "in sync" || dataPlaneState == "idle")
        }
    }

    /// Check durations, failures, up/down transitions and last change per real server; active real
    /// servers per virtual server.
    func writeChecks(_ out: inout PrometheusExposition, _ labels: PrometheusLabelSets) {
        out.family(
            "vigil_virtual_server_active_real_servers", .gauge, help: "Real servers the data plane sends new connections to.")
        for (server, named) in zip(virtualServers, labels.virtualServers) {
            out.sample(
                "vigil_virtual_server_active_real_servers", named, server.realServers.filter(\.inPool).count)
        }
        let name = "vigil_real_server_check_duration_seconds"
        // Declared only with samples: a document without checker figures (an older daemon's) has none.
        if labels.realServers.contains(where: { $0.checkDurations != nil }) {
            out.family(name, .histogram, help: "How long checks took, every checker of the real server together.")
        }
        for (real, named) in zip(labels.realServers, labels.pairs) {
            guard let durations = real.checkDurations else { continue }
            out.histogram(
                name, named, bounds: durations.bounds, counts: durations.counts, count: durations.count,
                sum: durations.sum)
        }
        let counters: [(String, String, (RealServer) -> [(String, Int)])] = [
            ("vigil_real_server_check_failures_total", "Checks that failed.", { r in r.checkFailures.map { [("", $0)] } ?? [] }),
            (
                "vigil_real_server_transitions_total", "Times the real server went up or down.",
                { r in [("up", r.upTransitions), ("down", r.downTransitions)].compactMap { p in p.1.map { (p.0, $0) } } }
            ),
        ]
        for (metric, help, values) in counters {
            out.family(metric, .counter, help: help)
            for (real, named) in zip(labels.realServers, labels.pairs) {
                for (to, value) in values(real) {
                    out.sample(metric, to.isEmpty ? named : named.adding("to", to), value)
                }
            }
        }
        out.family(
            "vigil_real_server_last_change_timestamp_seconds", .gauge, help: "When the real server last went up or down.")
        for (real, named) in zip(labels.realServers, labels.pairs) {
            guard let ago = real.lastChangeSecondsAgo else { continue }
            out.sample("vigil_real_server_last_change_timestamp_seconds", named, generatedAt - ago)
        }
    }

    /// The process metrics every Prometheus client library exports, under their standard names.
    func writeProcess(_ out: inout PrometheusExposition) {
        guard let process else { return }
        out.family("process_start_time_seconds", .gauge, help: "Start time of the process since the Unix epoch in seconds.")
        out.sample("process_start_time_seconds", .none, process.startTime)
        if let cpu = process.cpuSeconds {
            out.family("process_cpu_seconds_total", .counter, help: "Total user and system CPU time spent in seconds.")
            out.sample("process_cpu_seconds_total", .none, cpu)
        }
        if let rss = process.residentBytes {
            out.family("process_resident_memory_bytes", .gauge, help: "Resident memory size in bytes.")
            out.sample("process_resident_memory_bytes", .none, rss)
        }
    }
}
