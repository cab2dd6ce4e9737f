/// The keywords of one block kind, and the loop that reads a block's statements with them:
/// unknown keywords are reported with a suggestion and skipped, unsupported ones reported once.
struct KeywordTable<Target>: Sendable {
    /// The block's keyword as written in the configuration (`vrrp_instance`, `HTTP_GET`, ...).
    let block: String
    let keywords: [Keyword<Target>]
    private let index: [String: Int]

    init(block: String, _ keywords: [Keyword<Target>]) {
        self.block = block
        self.keywords = keywords
        var index: [String: Int] = [:]
        for (position, keyword) in keywords.enumerated() where index[keyword.name] == nil {
            index[keyword.name] = position
        }
        self.index = index
    }

    func keyword(named name: String) -> Keyword<Target>? {
        index[name].map { keywords[$0] }
    }

    /// Reads every statement of a block into `target`.
    func read(_ statements: [ConfigNode], into target: inout Target, context: inout ReadContext) {
        for statement in statements {
            read(statement, into: &target, context: &context)
        }
    }

    private func read(_ statement: ConfigNode, into target: inout Target, context: inout ReadContext) {
        guard let keyword = keyword(named: statement.keyword.text) else {
            reportUnknown(statement, context: &context)
            return
        }
        if keyword.takesBlock, statement.children == nil, !keyword.support.isUnsupported {
            context.error("'\(keyword.name)' needs a '{ ... }' block", at: statement.keyword)
            return
        }
        if !keyword.takesBlock, statement.children != nil {
            context.warning(
                "'\(keyword.name)' does not take a block; the block is ignored",
                at: statement.keyword, keepalivedReports: true)
        }
        keyword.apply(&target, statement, &context)
    }

    private func reportUnknown(_ statement: ConfigNode, context: inout ReadContext) {
        let name = statement.keyword.text
        var notes: [Diagnostic.Note] = []
        if let suggestion = KeywordSuggester.suggestion(for: name, among: keywords.map(\.name)) {
            notes.append(Diagnostic.Note(message: "did you mean '\(suggestion)'?"))
        }
        if statement.children != nil {
            notes.append(
                Diagnostic.Note(
                    message: "vigil skips the unknown keyword's block; keepalived would end '\(block)' at its '}'"))
        }
        context.warning(
            "unknown keyword '\(name)' in \(block)", at: statement.keyword, notes: notes,
            keepalivedReports: true)
    }
}
