import Foundation
import Testing

@testable import Probes

@Suite struct ScriptExecutableTests {
    /// A temporary directory with one executable and one plain file.
    static func makeDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-exec-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: directory + "/runnable", contents: Data("#!/bin/sh\n".utf8),
            attributes: [.posixPermissions: 0o755])
        _ = FileManager.default.createFile(
            atPath: directory + "/plain", contents: Data(), attributes: [.posixPermissions: 0o644])
        return directory
    }

    @Test("an executable first word is run directly, searched in PATH when it has no slash")
    func direct() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let byPath = ScriptExecutable(try ScriptCommand(parsing: "\(directory)/runnable a b"))
        let bySearch = ScriptExecutable(
            try ScriptCommand(parsing: "runnable a"), searchPath: "/nonexistent:\(directory)")
        #expect(byPath.path == directory + "/runnable")
        #expect(byPath.arguments == [directory + "/runnable", "a", "b"])
        #expect(bySearch.path == directory + "/runnable")
        #expect(bySearch.arguments == ["runnable", "a"])
    }

    @Test("anything not directly executable goes to sh -c with the line as written")
    func shell() throws {
        let directory = try Self.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for line in ["\(directory)/plain x", "missing-program-\(UUID().uuidString) | true", directory] {
            let executable = ScriptExecutable(try ScriptCommand(parsing: line))
            #expect(executable.path == "/bin/sh")
            #expect(executable.arguments == ["sh", "-c", line])
        }
    }

    @Test("a user wraps the command in setpriv with that user's primary group")
    func user() throws {
        let executable = ScriptExecutable(try ScriptCommand(parsing: "/bin/true x")).runningAs(user: "root", group: nil)
        #expect(executable.path == "/usr/bin/setpriv")
        #expect(
            executable.arguments == ["setpriv", "--reuid=root", "--regid=0", "--init-groups", "--", "/bin/true", "x"])
    }
}
