import Testing

@testable import KeepalivedConfig

@Suite struct ConfigPathTests {
    static let normalizeCases: [(String, String)] = [
        ("/etc//keepalived/./x.conf", "/etc/keepalived/x.conf"),
        ("/etc/keepalived/../x.conf", "/etc/x.conf"),
        ("/../x", "/x"),
        ("a/../../b", "../b"),
        ("", "."),
        ("./", "."),
        ("/", "/"),
    ]

    @Test(arguments: normalizeCases)
    func pathsAreNormalizedLexically(path: String, expected: String) {
        #expect(ConfigPath.normalize(path) == expected)
    }

    static let resolveCases: [(String, String, String)] = [
        ("x.conf", "/etc/keepalived", "/etc/keepalived/x.conf"),
        ("/abs.conf", "/etc/keepalived", "/abs.conf"),
        ("../x.conf", "/etc/keepalived", "/etc/x.conf"),
        ("x.conf", ".", "x.conf"),
        ("x.conf", "rel", "rel/x.conf"),
    ]

    @Test(arguments: resolveCases)
    func relativePathsResolveAgainstADirectory(path: String, directory: String, expected: String) {
        #expect(ConfigPath.resolve(path, in: directory) == expected)
    }

    @Test(arguments: [("/etc/k/a.conf", "/etc/k", "a.conf"), ("/a.conf", "/", "a.conf"), ("a.conf", ".", "a.conf")])
    func directoryAndLastComponentSplitAPath(path: String, directory: String, last: String) {
        #expect(ConfigPath.directory(of: path) == directory)
        #expect(ConfigPath.lastComponent(of: path) == last)
    }
}
