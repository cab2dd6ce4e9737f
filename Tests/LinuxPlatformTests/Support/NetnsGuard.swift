import Foundation
import Glibc

/// The condition of every root/network-namespace test (brief: root and VIGIL_NETNS_TESTS=1).
let netnsTestsEnabled = getuid() == 0 && ProcessInfo.processInfo.environment["VIGIL_NETNS_TESTS"] == "1"
