/// Reads `vrrp_instance NAME { }` into a draft; `VRRPCompletion` finishes it after the whole file is read.
enum VRRPInstanceReader {
    typealias InstanceKeyword = Keyword<VRRPInstanceDraft>

    static func read(_ node: ConfigNode, into configuration: inout ConfigurationDraft, context: inout ReadContext) {
        guard let name = context.blockName(node) else { return }
        guard !configuration.instanceNames.contains(name.text) else {
            context.error("vrrp_instance '\(name.text)' is already defined; this one is ignored", at: name)
            return
        }
        configuration.instanceNames.insert(name.text)
        var draft = VRRPInstanceDraft(nameToken: name, globals: context.globals)
        context.withinBlock(.named("vrrp_instance", name.text), at: node.location) { context in
            for statement in node.children ?? [] {
                if table.keyword(named: statement.keyword.text) != nil {
                    draft.written[statement.keyword.text] = statement.keyword
                }
            }
            table.read(node.children ?? [], into: &draft, context: &context)
        }
        configuration.instances.append(draft)
    }

    static let table = KeywordTable<VRRPInstanceDraft>(
        block: "vrrp_instance",
        identityKeywords + addressKeywords + transportKeywords + trackingKeywords + behaviourKeywords
            + notifyKeywords + garpKeywords + unsupportedKeywords)
}
