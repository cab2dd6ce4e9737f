import Netlink
import Testing

/// The kernel's answers captured while `ipvsadm -Ln` listed a table (IPVSCaptures.swift `list`).
@Suite struct IPVSDumpDecodingTests {
    typealias V = IPVSFixtureValues

    @Test func theInfoAnswerGivesVersionAndTableSize() throws {
        let answer = try #require(IPVSCapture.list.receivedData.first)
        let info = try IPVSInfo(message: answer)
        #expect(info == IPVSInfo(version: 0x01_02_01, connectionTableSize: 4096))
        #expect(info.description == "1.2.1")
    }

    @Test func serviceDumpEntriesDecodeWithTheKernelsHashedFlag() throws {
        let entries = IPVSCapture.list.receivedData.filter { (try? IPVSService(message: $0)) != nil }
        let services = try entries.map { m throws in try IPVSService(message: m) }
        let zero = IPVSStatistics()
        #expect(
            services
                == [
                    V.service(
                        V.tcp("2001:db8::1", 443), "rr", flags: [.persistent, .hashed], timeout: 60, prefixLength: 64),
                    V.service(V.tcp("10.0.0.1", 80), "wlc", flags: [.persistent, .hashed], timeout: 300),
                    V.service(.firewallMark(7, family: .inet), "sh", flags: [.scheduler2, .hashed]),
                ].map {
                    var s = $0; s.statistics = zero; return s
                })
    }

    @Test func destinationDumpEntriesDecodeWithCountersAndTunnelFields() throws {
        let entries = IPVSCapture.list.receivedData.filter {
            (try? IPVSDestination(message: $0, serviceFamily: .inet)) != nil
        }
        let destinations = try entries.map { m throws in try IPVSDestination(message: m, serviceFamily: .inet) }
        let idle = IPVSDestination.Connections(active: 0, inactive: 0, persistent: 0)
        #expect(
            destinations
                == [
                    V.destination("10.0.1.2", 8080, .masquerade, weight: 0),
                    V.destination("10.0.1.1", 8080, .masquerade, weight: 3, upper: 100, lower: 10),
                    V.destination("2001:db8::10", 443, .route, weight: 1),
                    V.destination("10.0.1.3", 0, .tunnel, weight: 2, tunnel: IPVSTunnel(kind: .gue, port: 6080)),
                ].map {
                    var d = $0; d.connections = idle; d.statistics = IPVSStatistics(); return d
                })
    }

    @Test func aServiceEntryIsNotADestinationEntry() throws {
        let service = try #require(IPVSCapture.list.receivedData.first { (try? IPVSService(message: $0)) != nil })
        #expect(throws: NetlinkDecodingError.unexpectedMessageType(1)) {
            try IPVSDestination(message: service, serviceFamily: .inet)
        }
    }
}
