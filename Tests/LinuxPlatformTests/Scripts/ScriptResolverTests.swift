import Testing

@testable import LinuxPlatform

@Suite struct ScriptResolverTests {
    private let resolver = ScriptResolver(
        searchPath: ["/usr/bin", "/bin"],
        isExecutable: { ["/bin/pkill", "/usr/bin/curl", "/etc/keepalived/check.sh"].contains($0) })

    @Test(arguments: [
        (["/bin/pkill", "-0", "haproxy"], "/bin/pkill", ["/bin/pkill", "-0", "haproxy"]),
        (["pkill", "-0", "haproxy"], "/bin/pkill", ["pkill", "-0", "haproxy"]),
        (["curl", "-fs", "http://localhost/"], "/usr/bin/curl", ["curl", "-fs", "http://localhost/"]),
        (["/etc/keepalived/check.sh"], "/etc/keepalived/check.sh", ["/etc/keepalived/check.sh"]),
        (["/etc/keepalived/not-executable.sh", "x"], "/bin/sh", ["sh", "-c", "/etc/keepalived/not-executable.sh x"]),
        (["killall", "-0", "haproxy"], "/bin/sh", ["sh", "-c", "killall -0 haproxy"]),
        (["pkill", "-0", "haproxy", "||", "exit", "1"], "/bin/pkill", ["pkill", "-0", "haproxy", "||", "exit", "1"]),
        (["exit 1"], "/bin/sh", ["sh", "-c", "exit 1"]),
    ])
    func executablesAreRunDirectlyAndEverythingElseThroughTheShell(
        arguments: [String], executable: String, argv: [String]
    ) {
        let resolved = resolver.resolve(arguments)
        #expect(resolved.executable == executable)
        #expect(resolved.arguments == argv)
    }
}
