import Netlink
import Testing

/// keepalived 2.2.7's whole conversation with IPVS for two configurations (IPVSCaptures.swift:
/// start, inhibit on a failed check, shutdown) is reproduced byte for byte by our encoder from
/// the values the configuration means.
@Suite struct KeepalivedGoldenTests {
    typealias V = IPVSFixtureValues

    @Test func theBasicConfigurationsRequestsAreByteIdentical() throws {
        let web = V.service(V.tcp("10.0.0.1", 80), "wlc", flags: .persistent, timeout: 300)
        let webA = V.destination("10.0.1.1", 8080, .masquerade, weight: 3)
        let webB = V.destination("10.0.1.2", 8080, .masquerade, weight: 1, upper: 100, lower: 10)
        let marked = V.service(.firewallMark(7, family: .inet), "sh", flags: .scheduler2)
        let markedA = V.destination("10.0.1.3", 0, .route, weight: 2)
        let v6 = V.service(V.tcp("2001:db8::1", 443), "rr")
        let v6A = V.destination("2001:db8::10", 443, .tunnel, weight: 1)
        try expectConversation(
            IPVSCapture.keepalived,
            [
                .getInfo,
                .newService(web), .newDestination(webA, service: web.asDestinationParent),
                .newDestination(webB, service: web.asDestinationParent),
                .newService(marked), .newDestination(markedA, service: marked.asDestinationParent),
                .newService(v6), .newDestination(v6A, service: v6.asDestinationParent),
                .deleteDestination(webA, service: web.asDestinationParent),
                .deleteDestination(webB, service: web.asDestinationParent), .deleteService(web),
                .deleteDestination(markedA, service: marked.asDestinationParent), .deleteService(marked),
                .deleteDestination(v6A, service: v6.asDestinationParent), .deleteService(v6),
            ])
    }

    @Test func persistenceEngineTunnelsAndInhibitOnFailureAreByteIdentical() throws {
        let sip = V.service(
            V.udp("10.0.0.5", 5060), "rr", flags: .persistent, timeout: 120, prefixLength: 24, engine: "sip")
        let sipA = V.destination("10.0.1.1", 5060, .masquerade, weight: 1)
        let gue = IPVSTunnel(kind: .gue, port: 6080, checksum: .remoteChecksum)
        let web = V.service(V.tcp("10.0.0.6", 80), "wrr")
        let webA = V.destination("10.0.1.4", 80, .tunnel, weight: 2, tunnel: gue)
        let webB = V.destination(
            "10.0.1.5", 80, .tunnel, weight: 3, tunnel: IPVSTunnel(kind: .gre, checksum: .checksum))
        let webC = V.destination("10.0.1.6", 80, .tunnel, weight: 4, tunnel: gue)
        var inhibited = webC
        inhibited.weight = 0
        try expectConversation(
            IPVSCapture.keepalivedExtras,
            [
                .getInfo,
                .newService(sip), .newDestination(sipA, service: sip.asDestinationParent),
                .newService(web), .newDestination(webA, service: web.asDestinationParent),
                .newDestination(webB, service: web.asDestinationParent),
                .newDestination(webC, service: web.asDestinationParent),
                .setDestination(inhibited, service: web.asDestinationParent),
                .deleteDestination(sipA, service: sip.asDestinationParent), .deleteService(sip),
                .deleteDestination(webA, service: web.asDestinationParent),
                .deleteDestination(webB, service: web.asDestinationParent),
                .deleteDestination(webC, service: web.asDestinationParent), .deleteService(web),
            ])
    }

    private func expectConversation(_ capture: IPVSCapture, _ expected: [IPVSRequest]) throws {
        let sent = capture.sentRequests
        try #require(sent.count == expected.count)
        for (message, request) in zip(sent, expected) {
            #expect(message.reencoded(request) == message.wireBytes, "\(request.command)")
            #expect(try IPVSRequest(message: message) == request)
        }
    }

    @Test func inDestinationCommandsTheServiceLosesOnlyItsPersistence() {
        let service = V.service(
            V.udp("10.0.0.5", 5060), "sh", flags: [.persistent, .scheduler1], timeout: 120,
            prefixLength: 24, engine: "sip")
        #expect(service.asDestinationParent == V.service(V.udp("10.0.0.5", 5060), "sh", flags: .scheduler1))
    }
}
