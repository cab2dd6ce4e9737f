/// Naming and entering blocks such as `vrrp_instance VI_1 { }`.
extension ReadContext {
    /// The name word of a named block; reports a missing one. Extra words are ignored with a warning.
    mutating func blockName(_ node: ConfigNode) -> Token? {
        guard let name = node.arguments.first else {
            error("'\(node.keyword.text)' needs a name", at: node.keyword)
            return nil
        }
        ignoreExtraArguments(node, after: 1)
        return name
    }

    /// Reads a block's statements with `table`, under a note naming the block.
    mutating func read<Target>(
        _ node: ConfigNode, with table: KeywordTable<Target>, into target: inout Target, label: BlockLabel
    ) {
        withinBlock(label, at: node.location) { context in
            table.read(node.children ?? [], into: &target, context: &context)
        }
    }
}
