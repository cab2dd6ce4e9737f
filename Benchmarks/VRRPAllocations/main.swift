try await AdvertPathBenchmark.run()
await EngineStepBenchmark.run()
