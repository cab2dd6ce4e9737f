/// How far vigil implements a keepalived keyword; Docs/Compatibility.md lists the same for every keyword.
enum KeywordSupport: Hashable, Sendable {
    /// Read, validated and modelled.
    case supported
    /// Read and modelled, with the limits given.
    case partial(String)
    /// Recognised but not implemented; using it gives one warning with this reason.
    case unsupported(String)

    var isUnsupported: Bool {
        if case .unsupported = self { return true }
        return false
    }
}
