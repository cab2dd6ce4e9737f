/// Reads `vrrp_script NAME { }` (Docs/Keepalived.md §2.3).
enum VRRPScriptReader {
    struct Draft {
        var script: ScriptCommand?
        var interval: Duration = .seconds(1)
        var timeout: Duration?
        var weight = TrackingWeight.fault
        var rise = 1
        var fall = 1
        var user: String?
        var group: String?
        var initFail = false
    }

    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let name = context.blockName(node) else { return }
        var draft = Draft()
        context.read(node, with: table, into: &draft, label: .named("vrrp_script", name.text))
        guard let command = draft.script else {
            context.error("vrrp_script '\(name.text)' has no 'script'; keepalived removes it", at: name)
            return
        }
        if context.scripts[name.text] != nil {
            context.warning(
                "vrrp_script '\(name.text)' is defined again; the later definition is used", at: name,
                keepalivedReports: false)
            configuration.configuration.vrrpScripts.removeAll { $0.name == name.text }
        }
        var script = VRRPScript(name: name.text, location: name.location, script: command)
        script.interval = draft.interval
        script.timeout = draft.timeout ?? draft.interval
        script.weight = draft.weight
        script.rise = draft.rise
        script.fall = draft.fall
        script.user = draft.user
        script.group = draft.group
        script.initFail = draft.initFail
        context.scripts[name.text] = script
        configuration.configuration.vrrpScripts.append(script)
    }

    static let table = KeywordTable<Draft>(
        block: "vrrp_script",
        [
            Keyword("script") { draft, node, context in
                if let script = context.script(node, allowsUser: false) { draft.script = script }
            },
            Keyword("interval") { draft, node, context in
                guard let interval = context.seconds(node, in: .zero ... .seconds(4_294_967), maximumDecimals: 3) else {
                    return
                }
                if interval == .zero, let token = node.arguments.first {
                    context.warning(
                        "'interval' must be greater than 0; using 1 second", at: token, keepalivedReports: true)
                    draft.interval = .seconds(1)
                } else {
                    draft.interval = interval
                }
            },
            Keyword("timeout") { draft, node, context in
                if let timeout = context.seconds(node, in: .milliseconds(1) ... .seconds(4_294_967), maximumDecimals: 3)
                {
                    draft.timeout = timeout
                }
            },
            Keyword("weight") { draft, node, context in
                guard context.argument(node) != nil else { return }
                if let weight = TrackingWeightParser.weight(node, startingAt: 1, limit: 253, context: &context) {
                    draft.weight = weight
                }
            },
            Keyword("rise") { draft, node, context in
                if let rise = context.integer(node, in: 1...Int(Int32.max)) { draft.rise = rise }
            },
            Keyword("fall") { draft, node, context in
                if let fall = context.integer(node, in: 1...Int(Int32.max)) { draft.fall = fall }
            },
            Keyword("user") { draft, node, context in
                guard let user = context.argument(node) else { return }
                draft.user = user.text
                if node.arguments.count > 1 { draft.group = node.arguments[1].text }
            },
            Keyword("init_fail") { draft, node, context in
                context.ignoreExtraArguments(node, after: 0)
                draft.initFail = true
            },
        ])
}
