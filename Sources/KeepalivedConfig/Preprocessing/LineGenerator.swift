/// The lines a `~SEQ` or `~LST` directive repeats (Docs/Keepalived.md §2.1, "Sequences"): before each
/// repetition it sets its variables, then the text is read again as a line.
struct LineGenerator: Sendable {
    enum Kind: Sendable {
        /// `~SEQ(var, start, step, end)`; `hex` for `~SEQx`.
        case sequence(variable: String, next: Int, step: Int, last: Int, hex: Bool)
        /// `~LST(vars, values...)`: one value per variable in each set.
        case list(variables: [String], sets: [[String]], next: Int)
        case finished
    }

    var kind: Kind
    /// The text after the directive, with its source columns.
    var text: LogicalLine

    /// The variable assignments of the next repetition, or nil when done.
    mutating func next() -> [(String, String)]? {
        switch kind {
        case .sequence(let variable, let next, let step, let last, let hex):
            guard step > 0 ? next <= last : next >= last else { return nil }
            let (following, overflow) = next.addingReportingOverflow(step)
            kind =
                overflow ? .finished : .sequence(variable: variable, next: following, step: step, last: last, hex: hex)
            let formatted = hex ? String(UInt(bitPattern: next), radix: 16) : String(next)
            return [(variable, formatted)]
        case .list(let variables, let sets, let next):
            guard next < sets.count else { return nil }
            kind = .list(variables: variables, sets: sets, next: next + 1)
            return Array(zip(variables, sets[next]))
        case .finished:
            return nil
        }
    }
}
