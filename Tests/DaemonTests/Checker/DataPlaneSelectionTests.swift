import LinuxPlatform
import Daemon
import Testing

enum KernelWithIPVS: Sendable, CustomStringConvertible {
    case withIPVS, resolvesWithoutDriver, withoutIPVS

    var outcome: IPVSProbeOutcome {
        switch self {
        case .withIPVS: .available(DisabledCheckerDataPlane(), detail: "generic netlink family IPVS resolved (id 30)")
        case .resolvesWithoutDriver: .resolvedWithoutDriver(detail: "generic netlink family IPVS resolved (id 30)")
        case .withoutIPVS: .unavailable(reason: "no generic netlink family IPVS (ip_vs not loaded)")
        }
    }

    var description: String {
        switch self {
        case .withIPVS: "IPVS"
        case .resolvesWithoutDriver: "IPVS without driver"
        case .withoutIPVS: "no IPVS"
        }
    }
}

@Suite struct DataPlaneSelectionTests {
    @Test(
        arguments: [
            (
                nil, nil, KernelWithIPVS.withIPVS, "Data plane: IPVS (generic netlink family IPVS resolved (id 30))",
                false
            ),
            (
                nil, nil, .withoutIPVS,
                "Data plane: nftables (IPVS unavailable: no generic netlink family IPVS (ip_vs not loaded))", false
            ),
            (
                nil, nil, .resolvesWithoutDriver,
                "Data plane: nftables (generic netlink family IPVS resolved (id 30), but this build has no IPVS driver)",
                false
            ),
            (nil, "nftables", .withIPVS, "Data plane: nftables (VIGIL_DATAPLANE=nftables)", false),
            (nil, "NONE", .withIPVS, "Data plane: none (VIGIL_DATAPLANE=NONE: nothing is programmed)", false),
            (
                nil, "ipvs", .withoutIPVS,
                "Data plane: nftables (VIGIL_DATAPLANE=ipvs but IPVS unavailable: no generic netlink family IPVS (ip_vs not loaded))",
                true
            ),
            (
                nil, "ipvs", .withIPVS,
                "Data plane: IPVS (VIGIL_DATAPLANE=ipvs, generic netlink family IPVS resolved (id 30))", false
            ),
            (
                nil, "lvs", .withoutIPVS,
                "Data plane: nftables (ignoring VIGIL_DATAPLANE=lvs, expected ipvs, nftables or none; IPVS unavailable: no generic netlink family IPVS (ip_vs not loaded))",
                true
            ),
            (
                DataPlaneChoice.disabled, "ipvs", .withIPVS,
                "Data plane: none (--dataplane none: nothing is programmed)", false
            ),
            (.nftables, "none", .withIPVS, "Data plane: nftables (--dataplane nftables)", false),
        ] as [(DataPlaneChoice?, String?, KernelWithIPVS, String, Bool)])
    func theChoiceFollowsTheOperatorThenTheKernel(
        option: DataPlaneChoice?, environment: String?, kernel: KernelWithIPVS, line: String, degraded: Bool
    ) {
        let options = CheckerServiceOptions(
            dataPlane: option, environment: environment.map { ["VIGIL_DATAPLANE": $0] } ?? [:])
        let request = options.requestedDataPlane
        let selection = DataPlaneSelection.select(
            requested: request.choice, source: request.source, invalidRequest: request.invalid,
            probeIPVS: { kernel.outcome })
        #expect(selection.logLine == line)
        #expect(selection.isDegraded == degraded)
        #expect((selection.ipvs != nil) == (selection.plane == .ipvs))
    }

    @Test func anExplicitChoiceOtherThanIPVSNeverAsksTheKernel() {
        var asked = false
        _ = DataPlaneSelection.select(requested: .nftables, source: "--dataplane nftables") {
            asked = true
            return .unavailable(reason: "")
        }
        #expect(!asked)
    }
}
