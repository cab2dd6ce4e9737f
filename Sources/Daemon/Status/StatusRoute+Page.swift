extension StatusRoute {
    /// True when the request line asks for `/`: on the `--status-listen` listener
    /// that is the status page, not the JSON document.
    static func asksForPage(_ head: String) -> Bool {
        let requestLine = head.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2 else { return false }
        let path = parts[1].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return path == "/"
    }
}
