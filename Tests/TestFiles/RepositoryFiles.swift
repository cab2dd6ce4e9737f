import Foundation

/// Files the test suites read: the repository's own (found from this file's path), and keepalived's
/// sample configurations, which are not ours to ship and come only from `VIGIL_KEEPALIVED_SAMPLES`
/// (.ci/run sets it when a sibling shared corpus of them exists). Shared by the parser's corpus
/// suites and the integration suite that compares exit statuses with keepalived's.
public enum RepositoryFiles {
    /// The repository root.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The directory of keepalived's sample configurations; nil when `VIGIL_KEEPALIVED_SAMPLES` is
    /// unset or empty, and the suites that read them then skip, saying so.
    public static let keepalivedSamples: String? = {
        guard let path = ProcessInfo.processInfo.environment["VIGIL_KEEPALIVED_SAMPLES"], !path.isEmpty else {
            return nil
        }
        return path
    }()

    /// Why a suite over keepalived's samples did not run, as the test report shows it.
    public static let samplesSkippedReason =
        "VIGIL_KEEPALIVED_SAMPLES is unset, so keepalived's own sample configs (not part of this repository) were not compared; set it to their directory to run them"

    /// Regular files under `directory` whose path relative to it matches `include`, sorted, as full
    /// paths.
    public static func files(under directory: String, matching include: (String) -> Bool) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        return walker.compactMap { $0 as? String }.filter(include).map { directory + "/" + $0 }.sorted()
    }
}
