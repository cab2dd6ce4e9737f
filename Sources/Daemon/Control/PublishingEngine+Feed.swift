extension PublishingEngine {
    /// Hands the step's state changes to `vigil status --watch`, each with the reason the board recorded.
    func notifyFeed() {
        guard let feed else { return }
        let board = board
        feed.notice(engine) { name in
            board.document().instances.first { $0.name == name }?.lastTransition?.reason ?? ""
        }
    }
}
