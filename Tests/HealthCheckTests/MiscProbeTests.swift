import HealthCheck
import Testing

@Suite struct MiscProbeTests {
    @Test(arguments: [
        (0, false, ProbeResult.success),
        (1, false, .failure(reason: "exited with status 1")),
        (2, false, .failure(reason: "exited with status 2")),
        (0, true, .successWithWeight(nil)),
        (1, true, .failure(reason: "exited with status 1")),
        (2, true, .successWithWeight(0)),
        (12, true, .successWithWeight(10)),
        (255, true, .successWithWeight(253)),
        (256, true, .failure(reason: "exited with status 256")),
    ])
    func exitStatusesAreReadAsKeepalivedReadsThem(status: Int, dynamic: Bool, expected: ProbeResult) {
        #expect(MiscProbe(command: "/bin/check", dynamic: dynamic).result(forExitStatus: status) == expected)
    }
}
