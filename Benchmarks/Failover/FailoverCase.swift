/// One failover scenario of the benchmark: how the pair is configured and how the master fails.
struct FailoverCase: Sendable {
    enum Failure: String, Sendable {
        /// SIGKILL to the master's process group, then its VIP deleted: the host is gone.
        case crash
        /// SIGTERM: graceful stop, priority-0 advert (Vigil: make before break, Docs/Handover.md).
        case term
        /// The master's link goes down; the daemon keeps running and must enter FAULT.
        case linkDown
    }

    var name: String
    var version: Int
    var advertInterval: Double
    var unicast: Bool
    var failure: Failure

    static let all: [FailoverCase] = [
        FailoverCase(name: "v2 advert 1s, crash", version: 2, advertInterval: 1, unicast: false, failure: .crash),
        FailoverCase(name: "v2 advert 1s, SIGTERM", version: 2, advertInterval: 1, unicast: false, failure: .term),
        FailoverCase(name: "v3 advert 0.1s, crash", version: 3, advertInterval: 0.1, unicast: false, failure: .crash),
        FailoverCase(name: "v3 advert 0.1s, SIGTERM", version: 3, advertInterval: 0.1, unicast: false, failure: .term),
        FailoverCase(name: "v2 advert 1s, link down", version: 2, advertInterval: 1, unicast: false,
                     failure: .linkDown),
        FailoverCase(name: "v2 unicast 1s, crash", version: 2, advertInterval: 1, unicast: true, failure: .crash),
    ]

    /// keepalived.conf text for one node of the pair.
    func config(node: String, instances: Int = 1) -> String {
        let me = node == "lb1" ? "10.99.0.2" : "10.99.0.3"
        let peer = node == "lb1" ? "10.99.0.3" : "10.99.0.2"
        var text = "global_defs {\n    router_id \(node)\n"
        if version == 3 { text += "    vrrp_version 3\n" }
        text += "}\n"
        for i in 0..<instances {
            text += """
                vrrp_instance VI_\(i + 1) {
                    state \(node == "lb1" ? "MASTER" : "BACKUP")
                    interface eth0
                    virtual_router_id \(51 + i)
                    priority \(node == "lb1" ? 101 : 100)
                    advert_int \(advertInterval == 1 ? "1" : String(advertInterval))

                """
            if unicast {
                text += "    unicast_src_ip \(me)\n    unicast_peer {\n        \(peer)\n    }\n"
            }
            let vip = instances == 1 ? "10.99.0.100" : "10.99.\(2 + i / 250).\(1 + i % 250)"
            text += "    virtual_ipaddress {\n        \(vip)/\(instances == 1 ? 24 : 32)\n    }\n}\n"
        }
        return text
    }
}
