/// How far vigil implements a keepalived keyword; Docs/Compatibility.md lists the same for every keyword.
enum KeywordSupport: Hashable, Sendable {
    /// Read, validated, modelled and acted on by the daemon, which a namespace test shows (the table of
    /// daemon-driven tests in Tests/KeepalivedConfigTests/Corpus/DaemonKeywordTestTable.swift).
    case supported
    /// Read and modelled, with what is missing given: a limit, or no test driving it through the daemon yet.
    case partial(String)
    /// Recognised but not implemented; using it gives one warning with this reason.
    case unsupported(String)

    var isUnsupported: Bool {
        if case .unsupported = self { return true }
        return false
    }
}
