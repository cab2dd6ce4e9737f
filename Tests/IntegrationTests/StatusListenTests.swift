import Daemon
import Foundation
import Glibc
import Testing
import VigilLab

/// `--status-listen` on a live daemon: Prometheus accepts its /metrics, Chromium renders its page,
/// and keepalived's JSON signal writes what keepalived 2.2.7 writes for the same configuration.
@Suite(.enabled(if: IntegrationGate.isOpen, "needs root and VIGIL_NETNS_TESTS=1"), .serialized)
struct StatusListenTests {
    static let listen = "127.0.0.1:9650"
    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Where a test keeps what a person may want to look at afterwards (the page's screenshot).
    static var outputDirectory: String {
        let base = ProcessInfo.processInfo.environment["VIGIL_TEST_OUTPUT"]
            ?? FileManager.default.currentDirectoryPath + "/.build/test-output"
        let directory = base + "/StatusListenTests"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    static func config() -> String {
        InstanceConfig.file(
            routerID: "lb1",
            [InstanceConfig(state: "MASTER", priority: 101, password: "secret12")])
    }

    /// Two instances in a sync group and a virtual server whose first real server answers and whose
    /// second does not: every part of the page has something to show.
    static func fullConfig() -> String {
        let instances = [
            InstanceConfig(state: "MASTER", priority: 101, password: "secret12"),
            InstanceConfig(
                name: "VI_2", state: "MASTER", virtualRouterID: 52, priority: 101, password: "secret12",
                addresses: ["10.99.0.101/24"]),
        ]
        return InstanceConfig.file(routerID: "lb1", instances) + """
            vrrp_sync_group G1 {
                group {
                    VI_1
                    VI_2
                }
            }
            virtual_server 10.99.0.100 80 {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
                real_server \(NamespaceLab.ipv4(11)) 80 {
                    weight 3
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
                real_server \(NamespaceLab.ipv4(12)) 80 {
                    weight 1
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            }

            """
    }

    /// Starts Vigil on lb1 with the TCP listener and its own JSON path, and waits for MASTER.
    static func startVigil(_ lab: NamespaceLab, config: String = config()) async throws -> LabProcess {
        let path = try lab.write("lb1-status.conf", config)
        let base = "\(lab.directory)/lb1"
        let vigil = try lab.start(
            "lb1",
            [IntegrationGate.vigilBinary, "-f", path, "-n", "-l", "-p", "\(base).pid", "-r", "\(base)-vrrp.pid",
             "--status-socket", "\(base).sock", "--status-listen", listen, "--json-file", "\(base).json"],
            logName: "vigil-lb1-status")
        try #require(await Eventually.holds(within: .seconds(10)) { vigil.log.contains("(VI_1) Entering MASTER STATE") })
        try #require(await Eventually.holds(within: .seconds(5)) { fetch(lab, "/status") != nil })
        return vigil
    }

    /// web1 serving, web2 silent; returns once the checker has seen both.
    static func startFull(_ lab: NamespaceLab) async throws -> LabProcess {
        try lab.serveName(on: "web1")
        let vigil = try await startVigil(lab, config: fullConfig())
        try #require(
            await Eventually.holds(within: .seconds(15)) {
                let status = fetch(lab, "/status") ?? ""
                return status.contains(#""alive" : false"#) && status.contains(#""alive" : true"#)
                    && vigil.log.contains("VRRP_Group(G1) Syncing instances to MASTER state")
            }, "\(fetch(lab, "/status") ?? "no /status")")
        return vigil
    }

    static func fetch(_ lab: NamespaceLab, _ path: String) -> String? {
        let result = lab.attempt("lb1", ["curl", "-sf", "--max-time", "2", "http://\(listen)\(path)"])
        return result.status == 0 ? result.output : nil
    }

    @Test func prometheusAcceptsTheMetricsServedOverTCPAndNothingThereChangesState() async throws {
        let promtool = "/usr/bin/promtool"
        guard FileManager.default.isExecutableFile(atPath: promtool) else {
            // CI installs it (scripts/install-deps.sh): there, its absence is a failure.
            #expect(!Self.inCI, "\(promtool) is missing in CI")
            print("StatusListenTests: skipped promtool check, \(promtool) is not installed (apt-get install prometheus)")
            return
        }
        let lab = try NamespaceLab.build(webServers: 2)
        defer { lab.destroy() }
        _ = try await Self.startFull(lab)
        let metrics = try #require(Self.fetch(lab, "/metrics"))
        #expect(metrics.contains(#"vigil_vrrp_instance_state{instance="VI_1"} 2"#))
        // In a sync group the group moves its members: the cause is the group.
        #expect(metrics.contains(#"vigil_vrrp_transitions_total{instance="VI_1",reason="sync_group"} 1"#))
        #expect(metrics.contains("process_resident_memory_bytes "))
        #expect(metrics.contains("vigil_real_server_check_duration_seconds_bucket{"))
        #expect(metrics.contains(#"vigil_real_server_transitions_total{virtual_server="[10.99.0.100]:tcp:80",real_server="[10.99.0.12]:tcp:80",to="down"} 1"#))
        let status = try #require(Self.fetch(lab, "/status"))
        #expect(status.contains(#""dataPlane" : "nftables"#) || status.contains(#""dataPlane" : "IPVS"#))
        #expect(status.contains(#""dataPlaneState" : "in sync""#))
        let file = try lab.write("metrics.txt", metrics)
        let check = lab.attempt("lb1", ["sh", "-c", "\(promtool) check metrics < \(file)"])
        #expect(check.status == 0, "promtool: \(check.output)")
        let post = lab.attempt(
            "lb1", ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "http://\(Self.listen)/status"])
        #expect(post.output.trimmingCharacters(in: .whitespacesAndNewlines) == "405")
    }

    @Test func routerIDFollowsAReload() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        let vigil = try await Self.startVigil(lab)
        #expect(Self.fetch(lab, "/status")?.contains(#""routerID" : "lb1""#) == true)
        _ = try lab.write("lb1-status.conf", Self.config().replacingOccurrences(of: "router_id lb1", with: "router_id lb1-renamed"))
        vigil.signal(SIGHUP)
        #expect(await Eventually.holds(within: .seconds(5)) {
            Self.fetch(lab, "/status")?.contains(#""routerID" : "lb1-renamed""#) == true
        })
    }

    @Test func chromiumRendersTheStatusPageWithTheInstanceState() async throws {
        let chromium = "/usr/bin/chromium"
        guard FileManager.default.isExecutableFile(atPath: chromium) else {
            #expect(!Self.inCI, "\(chromium) is missing in CI")
            print("StatusListenTests: skipped the browser test, \(chromium) is not installed (apt-get install chromium)")
            return
        }
        let lab = try NamespaceLab.build(webServers: 2)
        defer { lab.destroy() }
        _ = try await Self.startFull(lab)
        let page = try #require(Self.fetch(lab, "/"))
        #expect(page.contains("<title>Vigil status</title>") && !page.contains("http://") && !page.contains("https://"))
        let screenshot = Self.outputDirectory + "/status-page.png"
        try? FileManager.default.removeItem(atPath: screenshot)
        let browser = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,900",
            "--user-data-dir=\(lab.directory)/chromium", "--virtual-time-budget=4000",
        ]
        let dom = lab.attempt("lb1", browser + ["--dump-dom", "http://\(Self.listen)/"])
        #expect(dom.status == 0, "chromium: \(dom.output.suffix(2000))")
        #expect(dom.output.contains(#"<span class="state MASTER">MASTER</span>"#), "\(dom.output.suffix(4000))")
        #expect(dom.output.contains("VI_1") && dom.output.contains("10.99.0.100/24"))
        #expect(dom.output.contains(#"<span class="state down">down</span>"#))
        #expect(dom.output.contains(#"<span class="state up">up</span>"#))
        #expect(!dom.output.contains("data-script-error"), "\(dom.output.suffix(4000))")
        #expect(!dom.output.contains(#"data-rendered="0""#))
        let shot = lab.attempt("lb1", browser + ["--screenshot=\(screenshot)", "http://\(Self.listen)/"])
        #expect(shot.status == 0, "chromium: \(shot.output.suffix(2000))")
        #expect(FileManager.default.fileExists(atPath: screenshot))
    }

    @Test func theJSONSignalWritesWhatKeepalivedWritesForTheSameConfiguration() async throws {
        let lab = try NamespaceLab.build()
        defer { lab.destroy() }
        // keepalived alone on lb1 first: it writes keepalived.json into $TMPDIR.
        let path = try lab.write("lb1-keepalived.conf", Self.config())
        let base = "\(lab.directory)/lb1-keepalived"
        let keepalived = try lab.start(
            "lb1",
            ["/usr/bin/env", "TMPDIR=\(lab.directory)", "/usr/sbin/keepalived", "-n", "-l", "-D", "-G", "-f", path,
             "-p", "\(base).pid", "-r", "\(base)-vrrp.pid", "-c", "\(base)-checkers.pid", "-b", "\(base)-bfd.pid"],
            logName: "keepalived-lb1-json")
        try #require(await Eventually.holds(within: .seconds(10)) { keepalived.log.contains("(VI_1) Entering MASTER STATE") })
        let theirs = try await Self.dump(signalling: "\(base)-vrrp.pid", file: "\(lab.directory)/keepalived.json")
        keepalived.stop()
        try #require(await Eventually.holds(within: .seconds(10)) { !lab.holds("lb1", "10.99.0.100") })

        let vigil = try await Self.startVigil(lab)
        let ours = try await Self.dump(signalling: "\(lab.directory)/lb1-vrrp.pid", file: "\(lab.directory)/lb1.json")
        vigil.stop()

        let (theirData, theirStats) = try Self.instance(theirs)
        let (ourData, ourStats) = try Self.instance(ours)
        #expect(Set(ourData.keys) == Set(theirData.keys))
        #expect(Set(ourStats.keys) == Set(theirStats.keys))
        for key in ["iname", "vrid", "state", "wantstate", "base_priority", "effective_priority", "vips", "version",
            "adver_int", "master_adver_int", "nopreempt", "preempt_delay", "auth_type", "auth_data", "vipset",
            "ifp_ifname", "garp_rep", "garp_delay", "garp_refresh_rep", "garp_lower_prio_rep", "dont_track_primary"]
        {
            #expect(Self.same(ourData[key], theirData[key]), "\(key): ours \(String(describing: ourData[key])), keepalived's \(String(describing: theirData[key]))")
        }
        for key in ["become_master", "release_master", "advert_rcvd", "pri_zero_rcvd", "pri_zero_sent", "auth_failure"] {
            #expect(Self.same(ourStats[key], theirStats[key]), "\(key)")
        }
    }

    /// Sends the JSON signal to the pid in `pidFile` until `file` appears, and reads it.
    static func dump(signalling pidFile: String, file: String) async throws -> Data {
        try? FileManager.default.removeItem(atPath: file)
        let text = try String(contentsOfFile: pidFile, encoding: .utf8)
        let pid = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, 36)
        try #require(await Eventually.holds(within: .seconds(5)) { FileManager.default.fileExists(atPath: file) })
        // The writer may still be writing: wait for a whole JSON document.
        var data = Data()
        _ = await Eventually.holds(within: .seconds(2)) {
            data = (try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data()
            return (try? JSONSerialization.jsonObject(with: data)) != nil
        }
        return data
    }

    static func instance(_ data: Data) throws -> ([String: Any], [String: Any]) {
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let first = try #require(array.first)
        return (try #require(first["data"] as? [String: Any]), try #require(first["stats"] as? [String: Any]))
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x as NSNumber, let y as NSNumber): x == y
        case (let x as String, let y as String): x == y
        case (let x as [String], let y as [String]): x == y
        default: false
        }
    }
}
