/// Builds the statement tree from lines and braces without recursion: a statement followed by a `{` line
/// opens a block, `}` closes the innermost one (Docs/Keepalived.md §1.3). Unbalanced braces and nesting past
/// `ParseLimits.maxBlockDepth` become diagnostics.
struct BlockTreeBuilder {
    private struct Frame {
        /// The statement that opened the block; nil for the root and for a stray `{`.
        var opener: ConfigNode?
        var openBrace: SourceLocation?
        var children: [ConfigNode] = []
    }

    private var frames: [Frame] = [Frame()]
    private var previousWasStatement = false
    /// `{` levels below the depth limit whose content is being dropped.
    private var skippedDepth = 0
    private var firstSkippedBrace: SourceLocation?
    private let maxDepth: Int

    init(maxDepth: Int) { self.maxDepth = maxDepth }

    mutating func add(_ statement: ConfigNode) {
        previousWasStatement = true
        guard skippedDepth == 0 else { return }
        frames[frames.count - 1].children.append(statement)
    }

    mutating func openBlock(at brace: SourceLocation, log: inout DiagnosticLog) {
        defer { previousWasStatement = false }
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        guard frames.count - 1 < maxDepth else {
            log.append(
                .error("blocks nested more than \(maxDepth) deep; the contents of this block are ignored", at: brace))
            skippedDepth = 1
            firstSkippedBrace = brace
            return
        }
        if previousWasStatement, let opener = frames[frames.count - 1].children.popLast() {
            frames.append(Frame(opener: opener, openBrace: brace))
        } else {
            log.append(.error("unexpected '{' without a keyword before it", at: brace))
            frames.append(Frame(opener: nil, openBrace: brace))
        }
    }

    mutating func closeBlock(at brace: SourceLocation, log: inout DiagnosticLog) {
        previousWasStatement = false
        if skippedDepth > 0 {
            skippedDepth -= 1
            return
        }
        guard frames.count > 1 else {
            log.append(.error("extra '}' with no block to close", at: brace))
            return
        }
        close(frames.removeLast(), end: brace)
    }

    /// The finished tree; blocks still open are closed with an error at their keyword.
    mutating func finish(log: inout DiagnosticLog) -> [ConfigNode] {
        if skippedDepth > 0, let brace = firstSkippedBrace {
            log.append(.error("\(skippedDepth) '{' nested too deep are never closed", at: brace))
        }
        var unclosed: [Diagnostic] = []
        while frames.count > 1 {
            let frame = frames.removeLast()
            unclosed.append(unclosedDiagnostic(frame))
            close(frame, end: nil)
        }
        for diagnostic in unclosed.reversed() { log.append(diagnostic) }
        return frames[0].children
    }

    private mutating func close(_ frame: Frame, end: SourceLocation?) {
        if var opener = frame.opener {
            opener.children = frame.children
            opener.blockEnd = end
            frames[frames.count - 1].children.append(opener)
        } else {
            frames[frames.count - 1].children.append(contentsOf: frame.children)
        }
    }

    private func unclosedDiagnostic(_ frame: Frame) -> Diagnostic {
        let notes = frame.openBrace.map { [Diagnostic.Note(location: $0, message: "the block opens here")] } ?? []
        guard let opener = frame.opener else {
            return .error("'{' is never closed (missing '}')", at: frame.openBrace)
        }
        return .error(
            "block '\(opener.keyword.text)' is never closed (missing '}')", at: opener.location, notes: notes,
            length: opener.keyword.text.utf8.count)
    }
}
