try await AdvertPathBenchmark.run()
