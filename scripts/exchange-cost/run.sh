#!/usr/bin/env bash
# The four socket handlings of scripts/exchange-cost/exchange-cost.c against BenchProbes' server,
# alternated ROUNDS times: prints CPU µs per check for each. Prints figures; not a test.
#   scripts/exchange-cost/run.sh [COUNT=20000] [ROUNDS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-20000}; rounds=${2:-2}; port=18091
command -v gcc >/dev/null || { echo "exchange-cost: needs gcc"; exit 1; }
work=$(mktemp -d)
gcc -O2 -o "$work/exchange-cost" scripts/exchange-cost/exchange-cost.c
swift build -c release --product BenchProbes
"$(swift build -c release --show-bin-path)/BenchProbes" serve --port $port --threads 2 --count-file "$work/count" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.1.0.1/$port) 2>/dev/null && break; sleep 0.1; done
for _ in $(seq "$rounds"); do
  for mode in 0 1 2 3; do "$work/exchange-cost" $mode "$count" $port; done
done
