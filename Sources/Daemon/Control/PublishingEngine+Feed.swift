extension PublishingEngine {
    /// Hands the step's state changes to `vigil status --watch`, each with the reason the board recorded.
    func notifyFeed() {
        guard let feed else { return }
        let board = board
        // One document for the whole step, read only when a watcher needs a reason: a takeover of n
        // instances is n changes.
        var reasons: [String: String]?
        feed.notice(engine) { name in
            if reasons == nil {
                var table: [String: String] = [:]
                for instance in board.document().instances where table[instance.name] == nil {
                    table[instance.name] = instance.lastTransition?.reason ?? ""
                }
                reasons = table
            }
            return reasons?[name] ?? ""
        }
    }
}
