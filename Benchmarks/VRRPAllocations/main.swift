if CommandLine.arguments.contains(RealSocketBenchmark.childFlag) {
    try await RealSocketBenchmark.run()
} else {
    try await AdvertPathBenchmark.run()
    await EngineStepBenchmark.run()
    RealSocketBenchmark.runInPrivateNamespace()
}
