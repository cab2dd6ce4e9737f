import LinuxPlatform
import Foundation
import KeepalivedConfig
import Testing

@Suite struct PosixConfigFileSystemTests {
    /// A fresh directory under the system temporary directory, removed by `cleanup`.
    static func makeDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "vigil-cfg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path + "/conf.d", withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func filesDirectoriesAndTheEnvironmentAreRead() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write("hello\n", to: dir + "/a.conf")
        let fs = PosixConfigFileSystem()
        #expect(try fs.readFile(dir + "/a.conf") == Array("hello\n".utf8))
        #expect(fs.listDirectory(dir)?.sorted() == ["a.conf", "conf.d"])
        #expect(fs.listDirectory(dir + "/a.conf") == nil)
        #expect(fs.exists(dir + "/conf.d"))
        #expect(!fs.exists(dir + "/missing"))
        #expect(throws: ConfigFileSystemError.notFound(dir + "/missing")) { try fs.readFile(dir + "/missing") }
        #expect(throws: ConfigFileSystemError.unreadable(dir + "/conf.d", reason: "Is a directory")) {
            try fs.readFile(dir + "/conf.d")
        }
        #expect(fs.environment("PATH") == ProcessInfo.processInfo.environment["PATH"])
        #expect(fs.environment("VIGIL_SURELY_UNSET_VARIABLE") == nil)
    }

    @Test func filesOverTheLimitAreRefused() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write(String(repeating: "x", count: 5000), to: dir + "/big.conf")
        #expect(throws: ConfigFileSystemError.tooLarge(dir + "/big.conf", bytes: 5000)) {
            try PosixConfigFileSystem(maxFileBytes: 4096).readFile(dir + "/big.conf")
        }
        #expect(throws: ConfigFileSystemError.tooLarge(dir + "/big.conf", bytes: 5000)) {
            try PosixConfigFileSystem().readFile(dir + "/big.conf", maxBytes: 100)
        }
    }

    @Test func theParserReadsIncludesFromDisk() throws {
        let dir = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.write("vrrp_instance VI_1 {\n include conf.d/*.conf\n}\n", to: dir + "/keepalived.conf")
        try Self.write("state MASTER\n", to: dir + "/conf.d/10-state.conf")
        try Self.write("priority 100\n", to: dir + "/conf.d/20-prio.conf")
        let parsed = ConfigTextParser.parse(
            path: dir + "/keepalived.conf", options: ParseOptions(configID: "x"), fileSystem: PosixConfigFileSystem())
        #expect(parsed.diagnostics == [])
        #expect(parsed.nodes.first?.children?.map(\.keyword.text) == ["state", "priority"])
        #expect(parsed.nodes.first?.children?.first?.location.file == dir + "/conf.d/10-state.conf")
    }
}
