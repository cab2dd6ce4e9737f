import ArgumentParser
import ScaleOut

/// `vigil plan`: lays out VIPs over several active nodes (seed 002's active-active VRRP), prints
/// the priorities and the load under every tolerated failure, and with `--output` writes each
/// node's keepalived.conf and the DNS round-robin records. Exit 0 when the layout fits, 2 when not.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Lay out VIPs over several active nodes, with keepalived.conf files and DNS records.",
        discussion: """
            Every VIP gets its own vrrp_instance on every node, with rotated priorities so that each node \
            is master of its share and, after any tolerated failure, the orphaned VIPs spread evenly over \
            the survivors. Rates are Gbit/s unless suffixed (750M, 1.5G). Exit status: 0 the layout fits, \
            1 bad arguments, 2 no layout fits (the reason is printed). Docs/ScaleOut.md.
            """)

    @Option(name: .customLong("node"), help: "A node: NAME:INTERFACE:ADDRESS (repeat, at least 2).")
    var nodes: [String] = []

    @Option(name: .customLong("vip"), help: "A VIP, ADDRESS[/LEN] (repeat; instead of --first-vip).")
    var vipList: [String] = []

    @Option(name: .customLong("first-vip"), help: "The first of consecutive VIPs, ADDRESS[/LEN].")
    var firstVIP: String?

    @Option(
        name: .customLong("vips"),
        help: "How many VIPs from --first-vip (default: the fewest that spread exactly evenly).")
    var vipCount: Int?

    @Option(help: "How many nodes may be down at once.")
    var tolerate: Int = 1

    @Option(name: .customLong("load-per-vip"), help: "The traffic each VIP carries.")
    var loadPerVIP: String?

    @Option(name: .customLong("total-load"), help: "The traffic of all the VIPs together (DNS round robin shares it).")
    var totalLoad: String?

    @Option(help: "Each node's link capacity.")
    var capacity: String?

    @Option(name: .customLong("first-vrid"), help: "The virtual_router_id of the first VIP.")
    var firstVRID: Int = 51

    @Option(name: .customLong("advert-int"), help: "advert_int of every instance, in seconds.")
    var advertInterval: Int = 1

    @Flag(help: "Unicast adverts to the other nodes' addresses instead of multicast.")
    var unicast = false

    @Option(name: .customLong("dns-name"), help: "The owner name of the DNS round-robin records.")
    var dnsName: String = "www"

    @Option(name: .customLong("dns-ttl"), help: "The TTL of the DNS records, in seconds.")
    var dnsTTL: Int = 300

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: "Write DIR/NODE/keepalived.conf and DIR/dns-records.zone.")
    var output: String?

    func run() throws {
        let request = try self.request()
        let plan: ScaleOutPlan
        do {
            plan = try ScaleOutPlanner.plan(request)
        } catch {
            throw ValidationError(error.description)
        }
        print(PlanReport.render(plan), terminator: "")
        guard plan.verdict.fits else { throw ExitCode(2) }
        if let output { try write(plan, to: output) }
    }
}
