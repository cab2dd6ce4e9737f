import Foundation
import Testing

@testable import LinuxPlatform

/// The resolver on the real file system: the cases MISC_CHECK's own resolver (Probes'
/// ScriptExecutable, now gone) was tested with, since MISC_CHECK resolves through `ScriptResolver`.
@Suite struct ScriptResolverFileSystemTests {
    /// A temporary directory with one executable and one plain file.
    static func makeDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-exec-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: directory + "/runnable", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        _ = FileManager.default.createFile(
            atPath: directory + "/plain", contents: Data(), attributes: [.posixPermissions: 0o644])
        return directory
    }

    private static func resolver(searchPath: [String] = ScriptResolver.defaultSearchPath) -> ScriptResolver {
        ScriptResolver(searchPath: searchPath, isExecutable: FileStatus.isExecutableFile)
    }

    @Test("an executable first word is run directly, searched in PATH when it has no slash")
    func direct() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let byPath = Self.resolver().resolve([directory + "/runnable", "a", "b"])
        let bySearch = Self.resolver(searchPath: ["/nonexistent", directory]).resolve(["runnable", "a"])
        #expect(byPath.executable == directory + "/runnable")
        #expect(byPath.arguments == [directory + "/runnable", "a", "b"])
        #expect(bySearch.executable == directory + "/runnable")
        #expect(bySearch.arguments == ["runnable", "a"])
    }

    @Test("anything not directly executable goes to sh -c with the line")
    func shell() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for words in [[directory + "/plain", "x"], ["missing-program-\(UUID().uuidString)", "|", "true"], [directory]] {
            let resolved = Self.resolver().resolve(words)
            #expect(resolved.executable == "/bin/sh")
            #expect(resolved.arguments == ["sh", "-c", words.joined(separator: " ")])
        }
    }

    @Test("a user wraps the command in setpriv with that identity")
    func user() {
        let command = ChildCommand(executable: "/bin/true", arguments: ["/bin/true", "x"])
            .runningAs(ProcessIdentity(userID: 0, groupID: 0))
        #expect(command.executable == "/usr/bin/setpriv")
        #expect(command.arguments == ["setpriv", "--reuid=0", "--regid=0", "--groups=0", "--", "/bin/true", "x"])
    }
}
