import FoundationEssentials

extension LabShell {
    /// Writes `contents` to `path` (replacing it) and returns the path.
    public func write(_ contents: String, to path: String) throws(LabCommandError) -> String {
        do {
            try contents.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw LabCommandError(command: ["write", path], status: -1, output: "\(error)")
        }
        return path
    }

    /// A lab's end: every process this shell started (SIGTERM, then SIGKILL to its group), then the
    /// namespaces, last made first, then `directory` unless `VIGIL_KEEP_LAB_LOGS=1`.
    public func tearDown(namespaces: [String], directory: String) {
        stopAll(grace: .seconds(5))
        for name in namespaces.reversed() {
            _ = try? run(["ip", "netns", "del", name], allowFailure: true)
        }
        if ProcessInfo.processInfo.environment["VIGIL_KEEP_LAB_LOGS"] != "1" {
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}
