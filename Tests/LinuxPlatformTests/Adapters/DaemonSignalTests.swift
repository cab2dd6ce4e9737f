import Glibc
import Testing

@testable import LinuxPlatform

/// The numbers `vigil --signum` prints are keepalived 2.2.7's, and the ones Vigil answers are routed.
@Suite struct DaemonSignalTests {
    @Test func theNumbersAreKeepalivedsOnLinux() {
        // `keepalived --signum=NAME` on Debian 12 (glibc SIGRTMIN 34).
        let expected: [DaemonSignal: Int32] = [
            .reload: 1, .stop: 15, .data: 10, .stats: 12, .statsClear: 63, .json: 36,
        ]
        for function in DaemonSignal.allCases { #expect(function.number == expected[function]) }
    }

    @Test func namesAreKeepalivedsUpperCaseOnes() {
        #expect(DaemonSignal(keepalivedName: "RELOAD") == .reload)
        #expect(DaemonSignal(keepalivedName: "STATS_CLEAR") == .statsClear)
        #expect(DaemonSignal(keepalivedName: "reload") == nil)
        #expect(DaemonSignal(keepalivedName: "TDATA") == nil)
    }

    @Test func everyAnsweredFunctionIsRoutedOnItsNumber() {
        let routes = Dictionary(uniqueKeysWithValues: SignalRouter.routes.map { ($0.signal, $0.command) })
        for function in DaemonSignal.allCases {
            if let command = function.command { #expect(routes[function.number] == command) }
            else { #expect(routes[function.number] == nil) }
        }
        #expect(routes[SIGINT] == .stop)
    }
}
