CodecBenchmark.run()
