import Testing

@testable import VigilLab

/// What the probers read from an answer and what the demo prints from their samples.
@Suite struct ProbeArithmeticTests {
    @Test func anHTTPAnswerNamesTheWebServerAndTheLoadBalancerThatServedIt() {
        let answer = "HTTP/1.0 200 OK\r\nServer: x\r\nX-Served-By: lb2\r\n\r\nweb1\nmore\n"
        #expect(HTTPProber.responder(answer) == "web1 via lb2")
        #expect(HTTPProber.responder("HTTP/1.0 200 OK\r\nServer: x\r\n\r\nweb2\n") == "web2")
        #expect(HTTPProber.responder("HTTP/1.0 200 OK\r\nServer: x\r\n") == nil)
        #expect(HTTPProber.responder("SSH-2.0-OpenSSH\r\n\r\n") == nil)
    }

    @Test func theLongestGapIsBetweenAnsweredProbesOnly() {
        let samples = [
            HTTPProber.Sample(time: 0.0, responder: "web1"), HTTPProber.Sample(time: 0.01, responder: nil),
            HTTPProber.Sample(time: 3.5, responder: nil), HTTPProber.Sample(time: 3.62, responder: "web2"),
            HTTPProber.Sample(time: 3.63, responder: "web2"),
        ]
        #expect(abs(DemoRunner.longestGap(samples) - 3.62) < 1e-9)
        #expect(DemoRunner.longestGap([]) == 0)
        #expect(DemoRunner.milliseconds(3.6094) == 3609)
    }

    @Test func theTakeoverWindowSpansOneAdvertIntervalBeforeMasterDown() {
        let (earliest, latest) = DemoRunner.takeoverWindow(advertInterval: 1, priority: 100)
        #expect(DemoRunner.milliseconds(latest) == 3609)
        #expect(DemoRunner.milliseconds(earliest) == 2609)
    }

    @Test func timesPrintWithTwoDecimalsRightAligned() {
        #expect(DemoRunner.fixed(1.5, width: 6) == "  1.50")
        #expect(DemoRunner.fixed(12.346, width: 6) == " 12.35")
        #expect(DemoRunner.fixed(0.04, width: 4) == "0.04")
    }

    @Test func aUDPProberWithoutRepliesReportsTheWholeWindowAsTheGap() {
        #expect(UDPProber().longestGap(from: 1, to: 4) == 3)
    }

    @Test func labNamesAreUniqueAndShort() {
        let prefixes = Set((0..<200).map { _ in NamespaceLab.randomPrefix() })
        #expect(prefixes.count == 200)
        #expect(prefixes.allSatisfy { $0.hasPrefix("vg") && $0.count == 7 })
        let lab = NamespaceLab(prefix: "vgabcde", webServers: 2, twoSegments: true)
        #expect(lab.namespace("lb1") == "vgabcde-lb1")
        #expect(lab.webHosts == ["web1", "web2"])
        #expect(lab.attachments.filter { $0.segment == 1 }.map(\.host) == ["lb1", "lb2", "web1", "web2"])
        #expect(NamespaceLab.ipv6(50) == "fd99::50" && NamespaceLab.ipv4(11, segment: 1) == "10.99.1.11")
    }
}
