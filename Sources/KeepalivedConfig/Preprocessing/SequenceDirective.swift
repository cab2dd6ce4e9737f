/// Parses `~SEQ(var, [start,] [step,] end) text`, `~SEQx(...)` and `~LST(var, v1, v2, ...)` /
/// `~LST({a,b}, {1,2}, {3,4})` lines (Docs/Keepalived.md §2.1, "Sequences") into line generators.
enum SequenceDirective {
    enum Failure: Error, Equatable {
        case invalid(String)
    }

    /// keepalived copies `~SEQ` parameters into a 64-byte buffer.
    static let maxParameterBytes = 63

    /// Parses a `~SEQ` line; `expand` substitutes definitions in the parameter text.
    static func parseSequence(_ line: LogicalLine, expand: ([UInt8]) -> [UInt8]?) throws(Failure) -> LineGenerator {
        let b = line.bytes
        var p = 4
        let hex = p < b.count && b[p] == UInt8(ascii: "x")
        if hex { p += 1 }
        p = skipBlanks(b, p)
        guard p < b.count, b[p] == .openParen else { throw .invalid("expected '(' after ~SEQ") }
        p = skipBlanks(b, p + 1)
        let variableStart = p
        while p < b.count && ![.space, .tab, .comma, .closeParen].contains(b[p]) { p += 1 }
        let variable = String(decoding: b[variableStart..<p], as: UTF8.self)
        p = skipBlanks(b, p)
        guard p > variableStart, b[variableStart] != .openBrace, p < b.count, b[p] == .comma else {
            throw .invalid("invalid ~SEQ definition: expected '(variable, ...)'")
        }
        p = skipBlanks(b, p + 1)
        guard let close = b[p...].firstIndex(of: .closeParen) else { throw .invalid("~SEQ is missing its ')'") }
        guard close + 1 - p <= maxParameterBytes else { throw .invalid("~SEQ parameters are too long") }
        guard let parameters = expand(Array(b[p...close])) else {
            throw .invalid("~SEQ parameters could not be expanded")
        }
        let (start, step, end) = try bounds(parameters)
        if hex && (start < 0 || end < 0) { throw .invalid("~SEQx needs numbers that are not negative") }
        let text = line.slice(skipBlanks(b, close + 1)..<b.count)
        return LineGenerator(
            kind: .sequence(variable: variable, next: start, step: step, last: end, hex: hex), text: text)
    }

    /// `end`, `start, end` or `start, step, end`, each read like `strtol(..., 0)`.
    private static func bounds(_ b: [UInt8]) throws(Failure) -> (Int, Int, Int) {
        var numbers: [Int] = []
        var p = 0
        while true {
            let (value, next) = IntegerLiteral.parse(b, from: p)
            numbers.append(value)
            p = skipBlanks(b, next)
            guard p < b.count else { throw .invalid("invalid ~SEQ definition") }
            if b[p] == .closeParen { break }
            guard b[p] == .comma, numbers.count < 3 else { throw .invalid("invalid ~SEQ definition") }
            p += 1
        }
        switch numbers.count {
        case 1:
            let end = numbers[0]
            return (end < 0 ? -1 : 1, end < 1 ? -1 : 1, end)
        case 2:
            return (numbers[0], numbers[0] <= numbers[1] ? 1 : -1, numbers[1])
        default:
            let (start, step, end) = (numbers[0], numbers[1], numbers[2])
            if step == 0 || (start < end && step < 0) || (start > end && step > 0) {
                throw .invalid("invalid ~SEQ values: the step must move from start towards end")
            }
            return (start, step, end)
        }
    }

    /// Parses a `~LST` line.
    static func parseList(_ line: LogicalLine) throws(Failure) -> LineGenerator {
        let b = line.bytes
        var p = skipBlanks(b, 4)
        guard p < b.count, b[p] == .openParen else { throw .invalid("expected '(' after ~LST") }
        p = skipBlanks(b, p + 1)
        let (variables, afterVariables) = try group(b, from: p, stops: [.space, .tab, .comma, .closeBrace], limit: nil)
        p = afterVariables
        guard p < b.count, b[p] == .comma else { throw .invalid("invalid ~LST specification") }
        p = skipBlanks(b, p + 1)
        var sets: [[String]] = []
        while true {
            var (values, next) = try group(
                b, from: p, stops: [.space, .tab, .comma, .closeBrace, .closeParen], limit: variables.count)
            values += Array(repeating: "", count: variables.count - values.count)
            sets.append(values)
            p = next
            guard p < b.count else { throw .invalid("~LST is missing its ')'") }
            if b[p] == .closeParen { break }
            guard b[p] == .comma else { throw .invalid("invalid ~LST specification") }
            p = skipBlanks(b, p + 1)
        }
        guard !variables.isEmpty else { throw .invalid("invalid ~LST specification") }
        let text = line.slice(skipBlanks(b, p + 1)..<b.count)
        return LineGenerator(kind: .list(variables: variables, sets: sets, next: 0), text: text)
    }

    /// One word, or a `{w1, w2, ...}` group; returns the words and the index after the group's blanks.
    private static func group(
        _ b: [UInt8], from start: Int, stops: [UInt8], limit: Int?
    ) throws(Failure) -> ([String], Int) {
        var p = start
        let braced = p < b.count && b[p] == .openBrace
        if braced { p = skipBlanks(b, p + 1) }
        var words: [String] = []
        while true {
            let wordStart = p
            while p < b.count && !stops.contains(b[p]) { p += 1 }
            words.append(String(decoding: b[wordStart..<p], as: UTF8.self))
            p = skipBlanks(b, p)
            guard p < b.count else { throw .invalid("~LST is missing its ')'") }
            if braced && b[p] == .closeBrace { return (words, skipBlanks(b, p + 1)) }
            if !braced && (b[p] == .comma || b[p] == .closeParen) { return (words, p) }
            guard braced, b[p] == .comma else { throw .invalid("invalid ~LST specification") }
            if let limit, words.count >= limit { throw .invalid("~LST specification has too many values") }
            p = skipBlanks(b, p + 1)
        }
    }

    private static func skipBlanks(_ b: [UInt8], _ from: Int) -> Int {
        var p = from
        while p < b.count && b[p].isBlank { p += 1 }
        return p
    }
}
