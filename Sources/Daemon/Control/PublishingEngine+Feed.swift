extension PublishingEngine {
    /// Hands the step's state changes to `vigil status --watch`, each with the reason the engine
    /// recorded for it (the one the board shows).
    func notifyFeed() {
        guard let feed else { return }
        let statistics = engine.statistics
        feed.notice(engine) { name in statistics.instances[name]?.lastTransition?.reason ?? "" }
    }
}
