import Foundation
import LinuxPlatform
import Testing

/// Runs everywhere: on a kernel without IPVS (the CI host) the data plane reports `.unavailable`,
/// which is what sends the daemon to nftables; in the IPVS guest it resolves the family. The
/// lookup itself makes the kernel load `ip_vs` (its generic netlink family alias), so the kernel's
/// answer is read afterwards.
@Suite struct IPVSAvailabilityTests {
    @Test func openingReportsIPVSExactlyWhenTheKernelHasIt() throws {
        let availability = try IPVSDataPlane.open()
        let kernelHasIPVS = FileManager.default.fileExists(atPath: "/proc/net/ip_vs")
        switch availability {
        case .available(let plane):
            #expect(kernelHasIPVS)
            #expect(plane.familyID >= 0x10)
            plane.close()
        case .unavailable:
            #expect(!kernelHasIPVS)
        }
    }
}
