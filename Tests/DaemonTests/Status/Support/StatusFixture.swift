import Daemon
import Foundation

/// A status document with one instance of each interesting shape and one virtual server.
enum StatusFixture {
    static let document = StatusDocument(
        routerID: "LB_TEST", generatedAt: 1_700_000_100, uptimeSeconds: 3725, dataPlane: "nftables",
        instances: [
            StatusDocument.Instance(
                name: "VI_1", state: .master, wantedState: .master, basePriority: 150, effectivePriority: 150,
                virtualRouterID: 51, interface: "eth0", virtualAddresses: ["192.0.2.10/24", "192.0.2.11/24"],
                lastTransition: StatusDocument.Transition(
                    from: .backup, to: .master, reason: "Receive advertisement timeout", at: 1_700_000_088),
                counters: StatusDocument.Counters(
                    advertisementsReceived: 17, advertisementsSent: 1204, becameMaster: 1,
                    rejected: ["ip_ttl_err": 3, "auth_failure": 1])),
            StatusDocument.Instance(
                name: "VI_2", state: .backup, wantedState: .backup, basePriority: 100, effectivePriority: 80,
                virtualRouterID: 52, interface: "eth1", virtualAddresses: ["2001:db8::10/64"],
                masterAddress: "10.0.0.2"),
        ],
        syncGroups: [StatusDocument.SyncGroup(name: "G1", state: .master, members: ["VI_1"])],
        virtualServers: [
            StatusDocument.VirtualServer(
                name: "[10.0.0.100]:tcp:80", scheduler: "rr", forwarding: "NAT", quorum: 1, quorumUp: true,
                liveWeight: 1, sorryServer: "[10.0.9.9]:tcp:8080",
                realServers: [
                    StatusDocument.RealServer(
                        name: "[10.0.1.1]:tcp:8080", address: "10.0.1.1", port: 8080, alive: true, inPool: true,
                        weight: 1, configuredWeight: 1,
                        checkers: [
                            StatusDocument.Checker(
                                kind: "TCP_CHECK", target: "[10.0.1.1]:8080", up: true, lastResult: "success",
                                lastCheckSecondsAgo: 0.4, nextCheckInSeconds: 0.6)
                        ]),
                    StatusDocument.RealServer(
                        name: "[10.0.1.2]:tcp:8080", address: "10.0.1.2", port: 8080, alive: false, inPool: false,
                        weight: 1, configuredWeight: 1,
                        checkers: [
                            StatusDocument.Checker(
                                kind: "HTTP_GET", target: "[10.0.1.2]:8080", up: false, lastResult: "failure",
                                lastReason: "HTTP status code 500", lastCheckSecondsAgo: 1.25)
                        ]),
                ])
        ],
        alerts: StatusDocument.Alerts(delivered: 2, failed: 1))

    /// A fresh directory under /tmp for sockets (sun_path holds 107 bytes, so keep it short).
    static func temporaryDirectory() throws -> String {
        let path = "/tmp/vg-status-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return path
    }
}
