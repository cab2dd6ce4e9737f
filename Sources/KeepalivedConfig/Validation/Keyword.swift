/// One keyword a block accepts and what reading it does to the block's draft (`Target`).
struct Keyword<Target>: Sendable {
    typealias Apply = @Sendable (inout Target, ConfigNode, inout ReadContext) -> Void

    let name: String
    let support: KeywordSupport
    /// Whether the keyword opens a `{ }` block (a sub-block or a one-item-per-line list).
    let takesBlock: Bool
    let apply: Apply

    init(_ name: String, block: Bool = false, support: KeywordSupport = .supported, _ apply: @escaping Apply) {
        self.name = name
        self.support = support
        takesBlock = block
        self.apply = apply
    }

    /// A keyword vigil recognises but does not implement.
    static func unsupported(_ name: String, block: Bool = false, _ reason: String) -> Keyword {
        Keyword(name, block: block, support: .unsupported(reason)) { _, node, context in
            context.unsupported(node, reason: reason)
        }
    }

    /// This keyword still read into the model (so `vigil check --json` shows what was written), but
    /// documented and reported as not supported: nothing acts on it, and using it gives one warning
    /// with `reason`, which names the consequence.
    func notSupported(_ reason: String) -> Keyword {
        let apply = self.apply
        return Keyword(name, block: takesBlock, support: .unsupported(reason)) { target, node, context in
            context.unsupported(node, reason: reason)
            apply(&target, node, &context)
        }
    }

    /// Several unsupported keywords sharing one reason.
    static func unsupported(_ names: [String], block: Bool = false, _ reason: String) -> [Keyword] {
        names.map { unsupported($0, block: block, reason) }
    }
}
