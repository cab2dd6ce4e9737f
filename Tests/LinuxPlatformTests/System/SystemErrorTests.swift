import Glibc
import LinuxPlatform
import Testing

@Suite struct SystemErrorTests {
    @Test func theDescriptionNamesTheCallAndTheReason() {
        #expect(
            SystemError(call: "setsockopt(IP_ADD_MEMBERSHIP)", errno: EADDRINUSE).description
                == "setsockopt(IP_ADD_MEMBERSHIP): Address already in use (errno 98)")
    }

    @Test func aMissingNamespaceIsReportedByTheOpenCall() {
        #expect(throws: SystemError(call: "open(/run/netns/vg-no-such-namespace)", errno: ENOENT)) {
            try NetworkNamespace.run(named: "vg-no-such-namespace") { 1 }
        }
    }
}
