/// An `SSL { }` file that could not be loaded.
public struct SSLClientIdentityError: Error, CustomStringConvertible {
    public var file: String
    /// `certificate`, `key` or `CA`.
    public var kind: String
    public var reason: String

    public var description: String { "SSL error: cannot load the \(kind) file \(file): \(reason)" }
}
