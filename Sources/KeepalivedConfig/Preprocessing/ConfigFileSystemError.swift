/// Why a configuration file could not be read.
public enum ConfigFileSystemError: Error, Hashable, Sendable {
    case notFound(String)
    case unreadable(String, reason: String)
    case tooLarge(String, bytes: Int)
}
