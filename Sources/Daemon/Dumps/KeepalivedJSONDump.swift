import Engine
import KeepalivedConfig
import NetworkPrimitives
import VRRP

/// What keepalived 2.2.7 writes to /tmp/keepalived.json on its JSON signal (SIGRTMIN+2): one
/// `{"data": {...}, "stats": {...}}` per VRRP instance, with keepalived's field names and numbering
/// (state 0 INIT, 1 BACKUP, 2 MASTER, 3 FAULT), so tools written for keepalived read Vigil's; only
/// keepalived's `\/` for `/` differs in bytes, not in what a JSON reader sees
/// (Docs/Metrics.md). Fields keepalived has and Vigil does not model take keepalived's defaults.
enum KeepalivedJSONDump {
    /// The dump of `engine`; `lastTransitions` are the instances' last state changes in seconds since
    /// the Unix epoch (the status board's), `startedAt` stands in for an instance that never changed.
    static func render(_ engine: VRRPEngine, lastTransitions: [String: Double], startedAt: Double) -> String {
        let instances: [JSONValue] = engine.configuration.instances.compactMap { instance in
            guard let machine = engine.router.machine(named: instance.name) else { return nil }
            let counters = engine.statistics.instances[instance.name] ?? EngineStatistics.Instance()
            return .object([
                JSONMember("data", data(instance, machine, at: lastTransitions[instance.name] ?? startedAt)),
                JSONMember("stats", stats(counters)),
            ])
        }
        return JSONValue.array(instances).rendered(indent: 0)
    }

    private static func data(_ instance: EngineInstance, _ machine: VRRPStateMachine, at: Double)
        -> JSONValue
    {
        let vrrp = instance.vrrp
        let garp = vrrp.gratuitousARP
        let installed = machine.state == .master
        var members: [(String, JSONValue)] = [
            ("iname", .string(instance.name)), ("dont_track_primary", int(vrrp.tracksPrimaryInterface ? 0 : 1)),
            ("skip_check_adv_addr", int(vrrp.skipsAddressCheck ? 1 : 0)), ("strict_mode", int(0)),
            ("vmac_ifname", .string("")),
        ]
        if let interface = vrrp.interface { members.append(("ifp_ifname", .string("\(interface)"))) }
        members += [
            ("master_priority", int(machine.state == .backup ? Int(machine.masterPriority ?? 0) : 0)),
            ("last_transition", .number(sixDecimals(at))), ("garp_delay", .seconds(garp.masterDelay)),
            ("garp_refresh", int(Int(garp.masterRefresh.secondsDouble))), ("garp_rep", int(garp.masterRepeat)),
            ("garp_refresh_rep", int(garp.masterRefreshRepeat)),
            ("garp_lower_prio_delay", int(Int(garp.lowerPriorityDelay.secondsDouble))),
            ("garp_lower_prio_rep", int(garp.lowerPriorityRepeat)),
            ("lower_prio_no_advert", int(vrrp.lowerPriorityNoAdvert ? 1 : 0)),
            ("higher_prio_send_advert", int(vrrp.higherPrioritySendAdvert ? 1 : 0)),
            ("vrid", int(Int(vrrp.virtualRouterID))), ("base_priority", int(Int(vrrp.priority))),
            ("effective_priority", int(Int(machine.effectivePriority))), ("vipset", .bool(installed)),
            ("promote_secondaries", .bool(false)), ("adver_int", .seconds(vrrp.advertisementInterval)),
            ("master_adver_int", .seconds(machine.masterAdvertisementInterval)), ("accept", int(1)),
            ("nopreempt", .bool(!vrrp.preempt)), ("preempt_delay", int(Int(vrrp.preemptDelay.secondsDouble))),
            ("state", int(number(machine.state))),
            ("wantstate", int(machine.wantsMaster ? number(.master) : number(machine.state))),
            ("version", int(Int(vrrp.version.rawValue))), ("smtp_alert", .bool(false)),
            ("notify_deleted", .bool(instance.notify.reportsDeleted)),
        ]
        members += scripts(instance.notify)
        members += addresses(instance, installed: installed)
        members += trackers(vrrp)
        members.append(("auth_type", int(Int(vrrp.authentication.wireType))))
        if case .password(let bytes) = vrrp.authentication {
            members.append(("auth_data", .string(String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self))))
        }
        return .object(members.map { JSONMember($0.0, $0.1) })
    }

    private static func scripts(_ notify: NotificationScripts) -> [(String, JSONValue)] {
        let named: [(String, ScriptLine?)] = [
            ("script_backup", notify.backup), ("script_master", notify.master), ("script_fault", notify.fault),
            ("script_stop", notify.stop), ("script_deleted", notify.deleted), ("script", notify.generic),
            ("script_master_rx_lower_pri", notify.masterReceivedLowerPriority),
        ]
        return named.compactMap { name, line in line.map { (name, .string("\($0)")) } }
    }

    /// keepalived's `format_ipaddress`: `192.0.2.10/24 dev eth0 scope global`, ` set` once installed.
    private static func addresses(_ instance: EngineInstance, installed: Bool) -> [(String, JSONValue)] {
        let advertised = Set(instance.vrrp.virtualAddresses)
        func line(_ address: VirtualAddress) -> JSONValue {
            .string("\(address.prefix) dev \(address.interface) scope \(scopeName(address.scope))" + (installed ? " set" : ""))
        }
        let vips = instance.addresses.filter { advertised.contains($0.prefix) }.map(line)
        let evips = instance.addresses.filter { !advertised.contains($0.prefix) }.map(line)
        var result: [(String, JSONValue)] = []
        if !vips.isEmpty { result.append(("vips", .array(vips))) }
        if !evips.isEmpty { result.append(("evips", .array(evips))) }
        return result
    }

    private static func trackers(_ vrrp: VRRPInstanceConfiguration) -> [(String, JSONValue)] {
        let interfaces = vrrp.trackers.filter { $0.tracker.kind == .interface }.map { JSONValue.string($0.tracker.name) }
        let scripts = vrrp.trackers.filter { $0.tracker.kind == .script }.map { JSONValue.string($0.tracker.name) }
        var result: [(String, JSONValue)] = []
        if !interfaces.isEmpty { result.append(("track_ifp", .array(interfaces))) }
        if !scripts.isEmpty { result.append(("track_script", .array(scripts))) }
        return result
    }

    private static func stats(_ counters: EngineStatistics.Instance) -> JSONValue {
        let rejected = ["packet_len_err", "advert_interval_err", "ip_ttl_err", "invalid_type_rcvd", "addr_list_err",
            "invalid_authtype", "authtype_mismatch", "auth_failure"]
        var members: [(String, JSONValue)] = [
            ("advert_rcvd", int(counters.advertisementsReceived)), ("advert_sent", int(counters.advertisementsSent)),
            ("become_master", int(counters.becameMaster)), ("release_master", int(counters.releasedMaster)),
        ]
        for name in rejected {
            // keepalived counts an address list mismatch without dropping the packet.
            let count = (counters.rejected[name] ?? 0) + (counters.observed[name] ?? 0)
            members.append((name, int(count)))
        }
        members += [
            ("pri_zero_rcvd", int(counters.priorityZeroReceived)), ("pri_zero_sent", int(counters.priorityZeroSent)),
        ]
        return .object(members.map { JSONMember($0.0, $0.1) })
    }

    private static func number(_ state: VRRPState) -> Int { StatusDocument.State(state).number }

    private static func int(_ value: Int) -> JSONValue { .integer(value) }

    /// keepalived's `%f`: six decimals, for the wall-clock `last_transition`.
    static func sixDecimals(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "0.000000" }
        let micros = Int64((seconds * 1e6).rounded())
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    private static func scopeName(_ scope: UInt8) -> String {
        switch scope {
        case 0: "global"
        case 200: "site"
        case 253: "link"
        case 254: "host"
        case 255: "nowhere"
        default: String(scope)
        }
    }
}
