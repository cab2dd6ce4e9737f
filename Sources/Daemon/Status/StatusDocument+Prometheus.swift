extension StatusDocument {
    /// The document as Prometheus text (what `GET /metrics` answers); metric names start `vigil_`.
    public func prometheusText() -> String { String(decoding: prometheusUTF8(), as: UTF8.self) }

    /// The Prometheus text as the UTF-8 bytes of an HTTP body; `capacity` reserves room (the last
    /// scrape's size) so the buffer grows once.
    public func prometheusUTF8(capacity: Int = 0) -> [UInt8] {
        var out = PrometheusExposition(capacity: capacity)
        let labels = PrometheusLabelSets(self)
        writeInstances(&out, labels)
        writeSyncGroups(&out)
        writeVirtualServers(&out, labels)
        writeRealServers(&out, labels)
        writeDaemon(&out)
        writeTransitions(&out, labels)
        writeChecks(&out, labels)
        writeProcess(&out)
        return out.utf8
    }

    private func writeInstances(_ out: inout PrometheusExposition, _ labels: PrometheusLabelSets) {
        let gauges: [(String, String, (Instance) -> Double?)] = [
            (
                "vigil_vrrp_instance_state", "VRRP state: 0 INIT, 1 BACKUP, 2 MASTER, 3 FAULT, 4 STOP.",
                { Double($0.state.number) }
            ),
            (
                "vigil_vrrp_instance_wanted_state", "The state the instance wants (same numbering).",
                { Double($0.wantedState.number) }
            ),
            ("vigil_vrrp_instance_base_priority", "Configured priority.", { Double($0.basePriority) }),
            (
                "vigil_vrrp_instance_effective_priority", "Priority after tracking weights.",
                { Double($0.effectivePriority) }
            ),
            (
                "vigil_vrrp_instance_last_transition_timestamp_seconds", "When the instance last changed state.",
                { $0.lastTransition?.at }
            ),
        ]
        let counters: [(String, String, (Counters) -> Int)] = [
            ("vigil_vrrp_adverts_received_total", "Advertisements accepted.", { $0.advertisementsReceived }),
            ("vigil_vrrp_adverts_sent_total", "Advertisements sent.", { $0.advertisementsSent }),
            ("vigil_vrrp_became_master_total", "Transitions to MASTER.", { $0.becameMaster }),
            ("vigil_vrrp_released_master_total", "Transitions away from MASTER.", { $0.releasedMaster }),
            ("vigil_vrrp_priority_zero_sent_total", "Priority 0 advertisements sent.", { $0.priorityZeroSent }),
        ]
        out.family(
            "vigil_vrrp_instance_info", .gauge,
            help: "Constant 1, labelled with the instance's VRID, interface and version.")
        for (instance, named) in zip(instances, labels.instances) {
            let info = named.adding("vrid", String(instance.virtualRouterID))
                .adding("interface", instance.interface ?? "").adding("version", String(instance.vrrpVersion))
            out.sample("vigil_vrrp_instance_info", info, 1)
        }
        for (name, help, value) in gauges {
            out.family(name, .gauge, help: help)
            for (instance, named) in zip(instances, labels.instances) {
                if let value = value(instance) { out.sample(name, named, value) }
            }
        }
        for (name, help, value) in counters {
            out.family(name, .counter, help: help)
            for (instance, named) in zip(instances, labels.instances) { out.sample(name, named, value(instance.counters)) }
        }
        out.family(
            "vigil_vrrp_instance_maintenance", .gauge,
            help: "1 while the operator holds the instance in maintenance (vigil ctl maintenance).")
        for (instance, named) in zip(instances, labels.instances) {
            out.sample("vigil_vrrp_instance_maintenance", named, instance.maintenance == true)
        }
        out.family("vigil_vrrp_packets_rejected_total", .counter, help: "Advertisements dropped, by reason.")
        for (instance, named) in zip(instances, labels.instances) {
            for (reason, count) in instance.counters.rejected.sorted(by: { $0.key < $1.key }) {
                out.sample("vigil_vrrp_packets_rejected_total", named.adding("reason", reason), count)
            }
        }
    }

    private func writeSyncGroups(_ out: inout PrometheusExposition) {
        out.family("vigil_vrrp_sync_group_state", .gauge, help: "Sync group state (same numbering as instances).")
        for group in syncGroups {
            out.sample("vigil_vrrp_sync_group_state", PrometheusLabels([("group", group.name)]), group.state.number)
        }
    }

    private func writeVirtualServers(_ out: inout PrometheusExposition, _ labels: PrometheusLabelSets) {
        let gauges: [(String, String, (VirtualServer) -> Double)] = [
            ("vigil_virtual_server_quorum_up", "1 while the virtual server has quorum.", { $0.quorumUp ? 1 : 0 }),
            ("vigil_virtual_server_live_weight", "Summed weight of the alive real servers.", { Double($0.liveWeight) }),
            (
                "vigil_virtual_server_sorry_server_active", "1 while the sorry server stands in.",
                { $0.sorryServerActive ? 1 : 0 }
            ),
        ]
        for (name, help, value) in gauges {
            out.family(name, .gauge, help: help)
            for (server, named) in zip(virtualServers, labels.virtualServers) { out.sample(name, named, value(server)) }
        }
    }

    private func writeRealServers(_ out: inout PrometheusExposition, _ labels: PrometheusLabelSets) {
        let gauges: [(String, String, (RealServer) -> Double)] = [
            ("vigil_real_server_up", "1 while every checker of the real server passes.", { $0.alive ? 1 : 0 }),
            ("vigil_real_server_in_pool", "1 while the data plane sends it new connections.", { $0.inPool ? 1 : 0 }),
            ("vigil_real_server_weight", "Current weight.", { Double($0.weight) }),
        ]
        for (name, help, value) in gauges {
            out.family(name, .gauge, help: help)
            for (real, named) in zip(labels.realServers, labels.pairs) { out.sample(name, named, value(real)) }
        }
        out.family("vigil_checker_up", .gauge, help: "1 while the checker passes.")
        for (real, named) in zip(labels.realServers, labels.pairs) {
            for checker in real.checkers {
                out.sample(
                    "vigil_checker_up", named.adding("checker", checker.kind).adding("target", checker.target), checker.up)
            }
        }
    }

    private func writeDaemon(_ out: inout PrometheusExposition) {
        out.family("vigil_info", .gauge, help: "Constant 1, labelled with the router id and data plane.")
        // The label names the data plane; why it was chosen stays in the document.
        let plane = dataPlane.prefix { $0 != " " }
        out.sample("vigil_info", PrometheusLabels([("router_id", routerID), ("data_plane", String(plane))]), 1)
        if let uptimeSeconds {
            out.family("vigil_uptime_seconds", .gauge, help: "Seconds since the daemon started.")
            out.sample("vigil_uptime_seconds", .none, uptimeSeconds)
        }
        guard let alerts else { return }
        let counters: [(String, String, Int)] = [
            ("vigil_smtp_alerts_delivered_total", "SMTP alerts the server accepted.", alerts.delivered),
            ("vigil_smtp_alerts_failed_total", "SMTP alerts that could not be delivered.", alerts.failed),
            ("vigil_smtp_alerts_dropped_total", "SMTP alerts pushed out of a full queue.", alerts.dropped),
        ]
        for (name, help, value) in counters {
            out.family(name, .counter, help: help)
            out.sample(name, .none, value)
        }
        out.family("vigil_smtp_alerts_queued", .gauge, help: "SMTP alerts waiting or being sent.")
        out.sample("vigil_smtp_alerts_queued", .none, alerts.queued)
    }
}
