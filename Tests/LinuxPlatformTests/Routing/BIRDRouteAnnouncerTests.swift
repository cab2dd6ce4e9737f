import Engine
import Foundation
import Glibc
import LinuxPlatform
import NetworkPrimitives
import Runtime
import Synchronization
import TestSupport
import Testing

private final class Lines: LogSink {
    let lines = Mutex<[String]>([])
    func write(_ record: LogRecord) { lines.withLock { $0.append(record.message) } }
}

@Suite struct BIRDRouteAnnouncerTests {
    @Test func theRoutesFileHoldsAStaticProtocolPerFamilyWithABlackholeRoutePerPrefix() throws {
        let text = BIRDRouteAnnouncer.routesFileText([
            try #require(IPPrefix("192.0.2.100/32")), try #require(IPPrefix("2001:db8::/64")),
        ])
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            lines == [
                "protocol static vigil4 {", "\tipv4;", "\troute 192.0.2.100/32 blackhole;", "}",
                "protocol static vigil6 {", "\tipv6;", "\troute 2001:db8::/64 blackhole;", "}",
            ])
        #expect(!BIRDRouteAnnouncer.routesFileText([]).contains("route "))
    }

    /// A stand-in `birdc` that fails until a file exists, then logs its arguments and answers as BIRD does.
    /// Waits without blocking a thread: the announcer retries on the global executor, which a blocked
    /// test thread would take from it (with two CPUs, two blocked tests stall every async test).
    @Test func announcingRewritesTheFileAndReloadsBIRDRetryingUntilItAnswers() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vg-birdc-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let birdc = "\(directory)/birdc"
        try """
        #!/bin/sh
        [ -e \(directory)/up ] || { echo "Unable to connect to server control socket"; exit 1; }
        echo "$@" >> \(directory)/calls
        echo "BIRD 2.0.12 ready."; echo "Reconfigured"
        """.write(toFile: birdc, atomically: true, encoding: .utf8)
        chmod(birdc, 0o755)
        let log = Lines()
        let announcer = BIRDRouteAnnouncer(
            birdc: birdc, controlSocket: "\(directory)/bird.ctl", routesFile: "\(directory)/routes.conf", log: log,
            retryDelay: .milliseconds(20))
        let prefix = try #require(IPPrefix("192.0.2.100/32"))
        announcer.announce([prefix])
        #expect(await waitUntil(timeout: .seconds(60)) { log.lines.withLock { !$0.isEmpty } })
        #expect(log.lines.withLock { $0.first?.contains("Unable to connect") } == true)
        _ = FileManager.default.createFile(atPath: "\(directory)/up", contents: nil)
        let calls = "\(directory)/calls"
        #expect(await waitUntil(timeout: .seconds(60)) { FileManager.default.fileExists(atPath: calls) })
        #expect(await waitUntil(timeout: .seconds(5)) {
            (try? String(contentsOfFile: calls, encoding: .utf8)) == "-s \(directory)/bird.ctl configure\n"
        })
        let routes = try String(contentsOfFile: "\(directory)/routes.conf", encoding: .utf8)
        #expect(routes.contains("route 192.0.2.100/32 blackhole;"))
    }
}
