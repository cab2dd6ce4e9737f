/// Reads `track_file NAME { }` and its deprecated alias `vrrp_track_file NAME { }`.
enum TrackFileReader {
    struct Draft {
        var path: String?
        var weight = TrackingWeight(1)
        var initialValue: TrackFile.InitialValue?
    }

    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        if node.keyword.text == "vrrp_track_file" {
            context.warning("'vrrp_track_file' is a deprecated name of 'track_file'", at: node.keyword)
        }
        guard let name = context.blockName(node) else { return }
        var draft = Draft()
        context.read(node, with: table, into: &draft, label: .named(node.keyword.text, name.text))
        guard let path = draft.path else {
            context.error("track_file '\(name.text)' has no 'file'; keepalived removes it", at: name)
            return
        }
        var file = TrackFile(name: name.text, location: name.location, path: path)
        file.weight = draft.weight
        file.initialValue = draft.initialValue
        configuration.configuration.trackFiles.removeAll { $0.name == name.text }
        configuration.configuration.trackFiles.append(file)
        context.trackFiles[name.text] = file
    }

    static let table = KeywordTable<Draft>(
        block: "track_file",
        [
            Keyword("file") { draft, node, context in
                if let path = context.argument(node) { draft.path = path.text }
            },
            Keyword("weight") { draft, node, context in
                guard context.argument(node) != nil else { return }
                if let weight = TrackingWeightParser.weight(node, startingAt: 1, limit: 254, context: &context) {
                    draft.weight = weight
                }
            },
            Keyword("init_file") { draft, node, context in
                var initial = TrackFile.InitialValue()
                for word in node.arguments {
                    if word.text == "overwrite" {
                        initial.overwrite = true
                    } else if let value = context.integer(word, in: Int(Int32.min)...Int(Int32.max), name: "init_file")
                    {
                        initial.value = value
                    }
                }
                draft.initialValue = initial
            },
        ])
}
