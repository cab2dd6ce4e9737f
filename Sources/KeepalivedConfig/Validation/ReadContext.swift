import NetworkPrimitives

/// Everything the readers share while walking one configuration: the diagnostics found so far, the
/// blocks being read (for "in vrrp_instance 'VI_1'" notes) and the names defined so far, because
/// keepalived resolves most references at parse time (Docs/Keepalived.md §1.3).
struct ReadContext {
    private(set) var diagnostics: [Diagnostic] = []
    private var enclosingBlocks: [(label: BlockLabel, location: SourceLocation)] = []
    private var unsupportedUses: [String: UnsupportedUse] = [:]
    /// `vrrp_script`s defined so far, by name (a `track_script` may only name an earlier one).
    var scripts: [String: VRRPScript] = [:]
    /// Scripts tracked by some instance or sync group; keepalived reports the others as unused.
    var trackedScriptNames: Set<String> = []
    /// `track_file`s defined so far, by name.
    var trackFiles: [String: TrackFile] = [:]
    /// The `global_defs` values in force at this point of the file.
    var globals = GlobalDefinitions()
    /// keepalived numbers rules without a preference downwards from 16384, per family, in file order.
    private var rulePreferences: [AddressFamily: UInt32] = [:]

    mutating func nextRulePreference(for family: AddressFamily) -> UInt32 {
        let next = rulePreferences[family] ?? 16384
        rulePreferences[family] = next - 1
        return next
    }

    private struct UnsupportedUse {
        var diagnosticIndex: Int
        var repeats: Int
    }

    /// Reads a block's statements with a note naming the block on every diagnostic found inside.
    mutating func withinBlock<Result>(
        _ label: BlockLabel, at location: SourceLocation, _ body: (inout ReadContext) -> Result
    ) -> Result {
        enclosingBlocks.append((label, location))
        defer { enclosingBlocks.removeLast() }
        return body(&self)
    }

    /// Records a finding, adding the enclosing blocks (innermost first) after its own notes.
    mutating func report(_ diagnostic: Diagnostic) {
        var diagnostic = diagnostic
        // A block's own diagnostics point at its first line already; the "in ..." note would repeat it.
        for block in enclosingBlocks.reversed()
        where block.location.line != diagnostic.location?.line || block.location.file != diagnostic.location?.file {
            diagnostic.notes.append(
                Diagnostic.Note(location: block.location, message: "in \(block.label.text) defined here"))
        }
        diagnostics.append(diagnostic)
    }

    /// An error keepalived also reports; its `-t` exits 5.
    mutating func error(_ message: String, at token: Token, notes: [Diagnostic.Note] = []) {
        report(.error(message, at: token.location, notes: notes, length: token.displayLength))
    }

    /// An error at a location without a token to underline.
    mutating func error(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        report(.error(message, at: location, notes: notes))
    }

    /// An error for which keepalived's VRRP process refuses to start (Docs/Keepalived.md §7.13).
    mutating func fatal(_ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
        report(.error(message, at: location, notes: notes, exitClass: .fatal))
    }

    /// A warning. `keepalivedReports` marks findings keepalived also reports as configuration errors,
    /// so that `vigil -t` exits 5 exactly when `keepalived -t` does.
    mutating func warning(
        _ message: String, at token: Token, notes: [Diagnostic.Note] = [], keepalivedReports: Bool = false
    ) {
        warning(
            message, at: token.location, length: token.displayLength, notes: notes,
            keepalivedReports: keepalivedReports)
    }

    mutating func warning(
        _ message: String, at location: SourceLocation, length: Int = 1, notes: [Diagnostic.Note] = [],
        keepalivedReports: Bool = false
    ) {
        report(
            Diagnostic(
                severity: .warning, exitClass: keepalivedReports ? .error : Diagnostic.Class.none,
                location: location, message: message, notes: notes, length: length))
    }

    /// Reports a keyword vigil does not implement: once per keyword, with the number of further uses.
    mutating func unsupported(_ node: ConfigNode, reason: String) {
        let name = node.keyword.text
        if var use = unsupportedUses[name] {
            use.repeats += 1
            unsupportedUses[name] = use
            return
        }
        warning(
            "'\(name)' is not supported by vigil", at: node.keyword,
            notes: [Diagnostic.Note(message: reason)])
        unsupportedUses[name] = UnsupportedUse(diagnosticIndex: diagnostics.count - 1, repeats: 0)
    }

    /// References to `vrrp_script`s or `track_file`s not yet defined when read, with their diagnostic.
    var forwardReferences: [(name: String, kind: String, diagnosticIndex: Int)] = []

    /// Records an error for a reference to something not defined yet; `finishedDiagnostics` adds a note if
    /// it is defined later in the file.
    mutating func undefinedReference(_ kind: String, _ name: Token, usedBy owner: String) {
        error(
            "\(owner) tracks \(kind) '\(name.text)', which is not defined before this point; it is ignored",
            at: name)
        forwardReferences.append((name.text, kind, diagnostics.count - 1))
    }

    /// Adds a note to a diagnostic already recorded.
    mutating func addNote(_ note: Diagnostic.Note, toDiagnosticAt index: Int) {
        diagnostics[index].notes.insert(note, at: 0)
    }

    /// The diagnostics, with a note on each unsupported-keyword warning counting its further uses.
    func finishedDiagnostics() -> [Diagnostic] {
        var result = diagnostics
        for (name, use) in unsupportedUses where use.repeats > 0 {
            let times = use.repeats == 1 ? "once more" : "\(use.repeats) more times"
            result[use.diagnosticIndex].notes.insert(
                Diagnostic.Note(message: "'\(name)' is used \(times); those uses are ignored too"), at: 1)
        }
        return result
    }
}

extension Token {
    /// The width of the word as written, quotes included, for the caret underline.
    var displayLength: Int { text.utf8.count + (wasQuoted ? 2 : 0) }
}
