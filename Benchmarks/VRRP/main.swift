CodecBenchmark.run()
SimulationBenchmark.run()
