import NetworkPrimitives
import Testing

@testable import VRRP

@Suite struct AdvertisementValidatorChecksumTests {
    typealias S = ValidationScenario

    @Test func anOldUnicastChecksumIsDetectedOnAUnicastInstance() {
        let scenario = S.unicast().with { $0.senderChecksumMode = .oldUnicast }
        let accepted = scenario.validate().accepted
        #expect(accepted?.observations == [.oldUnicastChecksumDetected])
        #expect(accepted?.observations.first?.counterName == "old_unicast_checksum")
    }

    @Test func oldUnicastChecksumNeverTurnsDetectionOff() {
        let scenario = S.unicast().with {
            $0.senderChecksumMode = .oldUnicast
            $0.policy.detectsOldUnicastChecksum = false
        }
        guard case .checksum = scenario.validate().rejection else {
            Issue.record("expected a checksum rejection, got \(scenario.validate())")
            return
        }
    }

    @Test func anInstanceInOldUnicastModeAcceptsOldChecksumsWithoutRemark() {
        let scenario = S.unicast().with {
            $0.senderChecksumMode = .oldUnicast
            $0.policy.checksumMode = .oldUnicast
        }
        #expect(scenario.validate().accepted?.observations == [])
        let modern = S.unicast().with { $0.policy.checksumMode = .oldUnicast }
        #expect(modern.validate().rejection?.counterName == "chk_err")
    }

    @Test func aBrokenChecksumThatFailsBothWaysIsRejected() {
        let scenario = S.unicast().with { $0.breaksChecksum = true }
        #expect(scenario.validate().rejection?.counterName == "chk_err")
    }

    @Test func v3AsV2AcceptsItsOwnChecksumsAndIgnoresBadOnes() {
        let good = S.multicast(.v3).with {
            $0.senderChecksumMode = .v3AsV2
            $0.policy.checksumMode = .v3AsV2
        }
        #expect(good.validate().accepted?.observations == [])
        let pseudo = S.multicast(.v3).with { $0.policy.checksumMode = .v3AsV2 }
        let observations = pseudo.validate().accepted?.observations ?? []
        #expect(observations.count == 1)
        #expect(observations.first?.counterName == "chk_err_ignored")
    }

    @Test func aStandardInstanceRejectsAV3AsV2Sender() {
        let scenario = S.multicast(.v3).with { $0.senderChecksumMode = .v3AsV2 }
        #expect(scenario.validate().rejection?.counterName == "chk_err")
    }

    @Test func ipv6ChecksumVerificationCanBeLeftToTheKernel() {
        let scenario = S.multicast(.v3, family: .inet6).with {
            $0.breaksChecksum = true
            $0.policy.verifiesIPv6Checksum = false
        }
        #expect(scenario.validate().accepted != nil)
    }
}
