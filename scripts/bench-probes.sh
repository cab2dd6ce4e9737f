#!/usr/bin/env bash
# Vigil's HTTP_GET probe scheduler beside HAProxy's health checks on the same real servers
# (loopback addresses 127.1.x.y, one NIO server process on 0.0.0.0): CPU seconds per minute and
# RSS of each checker, measured one after the other in the same run. Prints figures; not a test.
#   scripts/bench-probes.sh [--sizes 2000,10000,50000] [--duration 60] [--warmup 5]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v haproxy >/dev/null || { echo "bench-probes: haproxy is not installed"; exit 1; }
scripts/build-release --product BenchProbes
exec "$(swift build -c release --show-bin-path)/BenchProbes" run "$@"
