import HealthCheck
import Testing

@Suite struct CheckerScheduleTests {
    @Test(arguments: [
        (ProbeSpec.tcpConnect, 1, Duration.seconds(1)),
        (.misc(MiscProbe(command: "x")), 0, .seconds(1)),
        (.dns(DNSProbe()), 3, .seconds(20)),
        (.http(HTTPProbe(urls: [.init(path: "/")])), 1, .seconds(3)),
        (.http(HTTPProbe(urls: [.init(path: "/")], tls: .init())), 1, .seconds(3)),
        (.smtp(SMTPProbe()), 1, .seconds(1)),
        (.udp(UDPProbe()), 1, .seconds(1)),
        (.ping, 1, .seconds(1)),
    ])
    func perCheckerDefaultsFollowKeepalived(spec: ProbeSpec, retry: Int, delayBeforeRetry: Duration) {
        let schedule = CheckerSchedule.defaults(for: spec, delayLoop: .seconds(20))
        #expect(schedule.retry == retry)
        #expect(schedule.delayBeforeRetry == delayBeforeRetry)
        #expect(schedule.warmup == .seconds(20))
        #expect(schedule.alpha == false)
    }

    @Test func aNegativeRetryCountIsTreatedAsZero() {
        #expect(CheckerSchedule(retry: -3).retry == 0)
    }
}
