/// Collects diagnostics in the order they are found, keeping at most `limit` and counting the rest in one
/// final diagnostic, so garbage input cannot make the list grow without bound.
struct DiagnosticLog: Sendable {
    private(set) var diagnostics: [Diagnostic] = []
    private var suppressed = 0
    private var suppressedErrors = false
    let limit: Int

    init(limit: Int) { self.limit = limit }

    mutating func append(_ diagnostic: Diagnostic) {
        guard diagnostics.count < limit else {
            suppressed += 1
            if diagnostic.severity == .error { suppressedErrors = true }
            return
        }
        diagnostics.append(diagnostic)
    }

    /// The diagnostics, with a summary of those over the limit.
    func finished() -> [Diagnostic] {
        guard suppressed > 0 else { return diagnostics }
        let summary = Diagnostic(
            severity: suppressedErrors ? .error : .warning, location: nil,
            message: "\(suppressed) more diagnostics not shown (limit \(limit))")
        return diagnostics + [summary]
    }
}
