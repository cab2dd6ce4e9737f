/// Reading script keywords (`script`, `notify_*`, `misc_path`, `quorum_up`, ...): the raw line is
/// re-tokenised; only the first word after the keyword is the command (Docs/Keepalived.md §7.11).
extension ReadContext {
    /// The command of a script keyword; words 3 and 4 become user and group when `allowsUser`.
    mutating func script(_ node: ConfigNode, allowsUser: Bool = true) -> ScriptCommand? {
        let words: [String]
        do {
            words =
                node.rawLine.isEmpty
                ? node.words.map(\.text)
                : try ScriptLineSplitter.words(ofRawLine: node.rawLine)
        } catch {
            self.error("'\(node.keyword.text)' has an unterminated quote or a trailing backslash", at: node.keyword)
            return nil
        }
        guard words.count >= 2, let commandToken = node.arguments.first else {
            self.error("'\(node.keyword.text)' needs a command", at: node.keyword)
            return nil
        }
        let commandLine = words[1]
        guard let arguments = try? ScriptLineSplitter.arguments(ofCommand: commandLine), !arguments.isEmpty else {
            self.error("the command of '\(node.keyword.text)' is empty or ends with a backslash", at: commandToken)
            return nil
        }
        var command = ScriptCommand(commandLine: commandLine, arguments: arguments, location: commandToken.location)
        if words.count > 2 {
            applyUser(words: words, node: node, to: &command, allowsUser: allowsUser)
        }
        return command
    }

    private mutating func applyUser(
        words: [String], node: ConfigNode, to command: inout ScriptCommand, allowsUser: Bool
    ) {
        let extra = node.arguments.count > 1 ? node.arguments[1] : node.keyword
        guard allowsUser else {
            warning(
                "only the first word after '\(node.keyword.text)' is the command; quote the whole "
                    + "command line to pass arguments", at: extra,
                notes: [Diagnostic.Note(message: "keepalived ignores '\(words[2...].joined(separator: " "))'")])
            return
        }
        command.user = words[2]
        if words.count > 3 {
            let group = words[3]
            command.group = group.hasPrefix(":") ? String(group.dropFirst()) : group
        }
        if words.count > 4 {
            warning("'\(node.keyword.text)' takes a command, a user and a group; the rest is ignored", at: extra)
        }
    }
}
