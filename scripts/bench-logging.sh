#!/usr/bin/env bash
# The cost of swift-log on the hot logging path: ns per record written to /dev/null by ConsoleLogSink
# directly and by SwiftLogSink through swift-log, and for debug records dropped by the level (no -D).
# Release build; run by hand, never in CI. Usage: scripts/bench-logging.sh [RECORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product BenchLogging >/dev/null
.build/release/BenchLogging "${1:-200000}"
