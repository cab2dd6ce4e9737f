/// One `url { }` block of an HTTP check.
public struct URLCheck: Hashable, Sendable {
    /// `path` (required).
    public var path: String
    /// `digest`: lower-case hex MD5 of the body (32 digits).
    public var digest: String?
    /// `status_code N|N-M ...`: 200-299 when none is written.
    public var statusCodes: [ClosedRange<Int>]
    /// `virtualhost`.
    public var virtualhost: String?
    /// `regex`: a PCRE2 pattern the body must match (or must not, with `regex_no_match`).
    public var regex: String?
    public var regexNoMatch: Bool
    /// `regex_options`, as written.
    public var regexOptions: [String]
    public var regexMinimumOffset: Int?
    public var regexMaximumOffset: Int?
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        statusCodes = [200...299]
        regexNoMatch = false
        regexOptions = []
        self.location = location
    }
}
