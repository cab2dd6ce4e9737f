import Netlink
import Testing

/// ipvsadm 1.31's requests (IPVSCaptures.swift) decode to the values its command line means, and
/// where ipvsadm lays a message out as keepalived does our encoder reproduces it byte for byte.
@Suite struct IPVSadmGoldenTests {
    typealias V = IPVSFixtureValues

    struct Case: Sendable, CustomTestStringConvertible {
        let capture: IPVSCapture
        let expected: IPVSRequest
        /// ipvsadm's destination nests always carry `TUN_*` and its service nest an empty
        /// scheduler; keepalived's layout (ours) differs there, the values do not.
        var sameLayout = true
        var testDescription: String { capture.command }
    }

    static let web = V.tcp("10.0.0.1", 80)
    static let cases: [Case] = [
        Case(capture: .getInfo, expected: .newService(V.service(V.tcp("10.0.0.9", 80), "wlc"))),
        Case(
            capture: .addServicePersistent,
            expected: .newService(V.service(web, "wlc", flags: .persistent, timeout: 300))),
        Case(
            capture: .addServicePersistentNetmask,
            expected: .newService(V.service(web, "rr", flags: .persistent, timeout: 600, prefixLength: 24))),
        Case(
            capture: .addServiceUDPOnePacket,
            expected: .newService(V.service(V.udp("10.0.0.2", 53), "rr", flags: .onePacket))),
        Case(
            capture: .addServiceSCTP,
            expected: .newService(
                V.service(.endpoint(protocol: .sctp, address: V.address("10.0.0.3"), port: 3868), "lc"))),
        Case(
            capture: .addServiceFwmarkSchedFlags,
            expected: .newService(V.service(.firewallMark(7, family: .inet), "sh", flags: [.scheduler1, .scheduler2]))),
        Case(
            capture: .addServiceIPv6Persistent,
            expected: .newService(
                V.service(V.tcp("2001:db8::1", 443), "wlc", flags: .persistent, timeout: 60, prefixLength: 64))),
        Case(
            capture: .addServiceIPv6Fwmark,
            expected: .newService(V.service(.firewallMark(8, family: .inet6), "mh", flags: .scheduler2))),
        Case(
            capture: .addServicePersistenceEngine,
            expected: .newService(
                V.service(V.udp("10.0.0.4", 5060), "rr", flags: .persistent, timeout: 120, engine: "sip"))),
        Case(capture: .editService, expected: .setService(V.service(web, "wrr"))),
        Case(capture: .deleteService, expected: .deleteService(V.service(web, ""))),
        Case(
            capture: .addDestinationNAT,
            expected: .newDestination(
                V.destination("10.0.1.1", 8080, .masquerade, weight: 3), service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationDR,
            expected: .newDestination(V.destination("10.0.1.2", 80, .route, weight: 1), service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationTunnelIPIP,
            expected: .newDestination(V.destination("10.0.1.3", 80, .tunnel, weight: 2), service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationTunnelGUE,
            expected: .newDestination(
                V.destination(
                    "10.0.1.4", 80, .tunnel, weight: 2,
                    tunnel: IPVSTunnel(kind: .gue, port: 6080, checksum: .remoteChecksum)),
                service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationTunnelGRE,
            expected: .newDestination(
                V.destination("10.0.1.5", 80, .tunnel, weight: 2, tunnel: IPVSTunnel(kind: .gre, checksum: .checksum)),
                service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationThresholds,
            expected: .newDestination(
                V.destination("10.0.1.6", 8080, .masquerade, weight: 5, upper: 100, lower: 10),
                service: V.service(web, "")),
            sameLayout: false),
        Case(
            capture: .addDestinationFwmark,
            expected: .newDestination(
                V.destination("10.0.1.7", 0, .route, weight: 1), service: V.service(.firewallMark(7, family: .inet), "")
            ),
            sameLayout: false),
        Case(
            capture: .addDestinationIPv6,
            expected: .newDestination(
                V.destination("2001:db8::10", 8443, .masquerade, weight: 4),
                service: V.service(V.tcp("2001:db8::1", 443), "")),
            sameLayout: false),
        Case(
            capture: .editDestination,
            expected: .setDestination(
                V.destination("10.0.1.1", 8080, .masquerade, weight: 0), service: V.service(web, "")),
            sameLayout: false),
        // ipvsadm -d fills in its defaults (route, weight 1); the kernel matches on address and port.
        Case(
            capture: .deleteDestination,
            expected: .deleteDestination(
                V.destination("10.0.1.1", 8080, .route, weight: 1), service: V.service(web, "")),
            sameLayout: false),
        Case(capture: .flush, expected: .flush),
        Case(capture: .startDaemon, expected: .startDaemon(IPVSSyncDaemon(state: .master, interface: "lo", syncID: 5))),
        Case(
            capture: .startDaemonOptions,
            expected: .startDaemon(
                IPVSSyncDaemon(
                    state: .backup, interface: "lo", syncID: 9, maximumLength: 1400, group: V.address("239.1.2.3"),
                    port: 8850, ttl: 2))),
        Case(capture: .stopDaemon, expected: .stopDaemon(IPVSSyncDaemon(state: .master, interface: ""))),
    ]

    @Test(arguments: cases)
    func theLastRequestDecodesToWhatTheCommandMeans(_ test: Case) throws {
        let message = try #require(test.capture.sentRequests.last)
        #expect(try IPVSRequest(message: message) == test.expected)
    }

    @Test(arguments: cases.filter(\.sameLayout))
    func ourEncodingOfTheSameRequestIsByteIdentical(_ test: Case) throws {
        let message = try #require(test.capture.sentRequests.last)
        #expect(message.reencoded(test.expected) == message.wireBytes)
    }

    @Test(arguments: cases.filter { !$0.sameLayout })
    func ourEncodingOfADestinationRequestDecodesToTheSameValues(_ test: Case) throws {
        let bytes = test.expected.encode(familyID: IPVSCapture.familyID, sequence: 1)
        let message = try #require(try NetlinkMessage.decodeAll(datagram: bytes).first)
        #expect(try IPVSRequest(message: message) == test.expected)
    }

    @Test func everyIpvsadmRunAsksForTheVersionFirst() throws {
        for test in Self.cases {
            let first = try #require(test.capture.sentRequests.first)
            #expect(try IPVSRequest(message: first) == .getInfo)
            #expect(first.reencoded(.getInfo) == first.wireBytes)
        }
    }

    @Test func listingDumpsServicesThenEachServicesDestinations() throws {
        let requests = try IPVSCapture.list.sentRequests.map { m throws in try IPVSRequest(message: m) }
        #expect(
            requests == [
                .getInfo, .dumpServices, .dumpDestinations(Self.web), .dumpDestinations(V.tcp("2001:db8::1", 443)),
                .dumpDestinations(.firewallMark(7, family: .inet)),
            ])
        for message in IPVSCapture.list.sentRequests {
            #expect(message.reencoded(try IPVSRequest(message: message)) == message.wireBytes)
        }
    }
}
