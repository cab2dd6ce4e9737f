import Testing

@testable import KeepalivedConfig

@Suite struct InMemoryFileSystemTests {
    let fs = InMemoryFileSystem(
        files: ["/etc/k/a.conf": "a", "/etc/k/d/b.conf": "b", "rel.conf": "r"], environment: ["X": "1"])

    @Test func filesAreReadByNormalizedPath() throws {
        #expect(try fs.readFile("/etc/k/./d/../a.conf") == Array("a".utf8))
        #expect(throws: ConfigFileSystemError.notFound("/nope")) { try fs.readFile("/nope") }
        #expect(throws: ConfigFileSystemError.tooLarge("/etc/k/a.conf", bytes: 1)) {
            try fs.readFile("/etc/k/a.conf", maxBytes: 0)
        }
    }

    @Test func directoriesAreImpliedByFilePaths() {
        #expect(fs.listDirectory("/etc/k") == ["a.conf", "d"])
        #expect(fs.listDirectory("/") == ["etc"])
        #expect(fs.listDirectory(".") == ["rel.conf"])
        #expect(fs.listDirectory("/etc/k/a.conf") == nil)
        #expect(fs.exists("/etc/k/d"))
        #expect(!fs.exists("/etc/k/e"))
        #expect(fs.environment("X") == "1")
    }
}
