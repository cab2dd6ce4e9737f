import Testing

@testable import KeepalivedConfig

@Suite struct GlobalDefinitionsSchedulingTests {
    @Test func theVRRPAndCheckerKeywordsAreReadIntoTheirOwnSettings() throws {
        let text = """
            global_defs {
                vrrp_rt_priority 50
                vrrp_cpu_affinity 1 0 1
                vrrp_rlimit_rttime 20000
                vrrp_no_swap
                vrrp_priority -5
                checker_priority 10
                checker_cpu_affinity 0
            }
            """
        let result = ModelFixture.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
        let globals = result.configuration.globalDefinitions
        #expect(
            globals.vrrpScheduling
                == ProcessScheduling(
                    realtimePriority: 50, cpus: [1, 0], realtimeLimit: .microseconds(20_000), locksMemory: true,
                    niceness: -5))
        #expect(globals.checkerScheduling == ProcessScheduling(cpus: [0], niceness: 10))
    }

    @Test func withoutTheKeywordsNothingIsAskedOfTheKernelAndTheLimitIsKeepalivedsDefault() {
        let globals = ModelFixture.load("global_defs {\n router_id a\n}\n").configuration.globalDefinitions
        #expect(globals.vrrpScheduling.isDefault)
        #expect(globals.checkerScheduling.isDefault)
        #expect(globals.vrrpScheduling.realtimeLimit == .microseconds(10_000))
    }

    @Test(arguments: [("vrrp_rt_priority 0", 1), ("vrrp_rt_priority 150", 99), ("checker_rt_priority -3", 1)])
    func aRealtimePriorityOutsideSCHED_RRsRangeIsClampedAndReported(line: String, clamped: Int) throws {
        let result = ModelFixture.load("global_defs {\n \(line)\n}\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message.contains("using \(clamped)"))
        #expect(diagnostic.exitClass == .error, "keepalived reports it as a configuration error")
        let globals = result.configuration.globalDefinitions
        let scheduling = line.hasPrefix("vrrp") ? globals.vrrpScheduling : globals.checkerScheduling
        #expect(scheduling.realtimePriority == clamped)
    }

    @Test(arguments: ["vrrp_cpu_affinity 0 x", "vrrp_cpu_affinity -1", "vrrp_cpu_affinity 1024", "vrrp_cpu_affinity"])
    func aBadCPUNumberDropsTheWholeSet(line: String) {
        let result = ModelFixture.load("global_defs {\n \(line)\n}\n")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.location?.line == 2 })
        #expect(result.configuration.globalDefinitions.vrrpScheduling.cpus.isEmpty)
    }

    @Test(arguments: ["vrrp_priority 20", "vrrp_priority -21", "vrrp_rlimit_rttime 0", "vrrp_rt_priority high"])
    func valuesOutOfRangeAreErrorsAndKeepTheDefault(line: String) {
        let result = ModelFixture.load("global_defs {\n \(line)\n}\n")
        #expect(result.diagnostics.contains { $0.severity == .error })
        #expect(result.configuration.globalDefinitions.vrrpScheduling == ProcessScheduling())
    }

    @Test func aLimitOfOneMicrosecondBecomesTwoAsKeepalivedMakesIt() {
        let result = ModelFixture.load("global_defs {\n checker_rlimit_rttime 1\n}\n")
        #expect(result.configuration.globalDefinitions.checkerScheduling.realtimeLimit == .microseconds(2))
    }

    @Test func theDeprecatedRtimeSpellingIsReadWithAWarning() throws {
        let result = ModelFixture.load("global_defs {\n vrrp_rlimit_rtime 5000\n}\n")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'vrrp_rlimit_rttime'"))
        #expect(result.configuration.globalDefinitions.vrrpScheduling.realtimeLimit == .microseconds(5000))
    }
}
