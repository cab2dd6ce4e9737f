#!/usr/bin/env bash
# Config load benchmark: generates a keepalived.conf with 1,000 vrrp_instances and 10,000 virtual_servers
# (4 real_servers each), times vigil's load+validate in a release build, and runs `keepalived -t` on the
# same file (own pid files in a scratch directory, so nothing collides). Prints both and the ratio.
# Target: vigil under 1 s. Usage: scripts/bench-config.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scratch=$(mktemp -d /tmp/vigil-bench-config.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
conf="$scratch/keepalived.conf"

scripts/build-release --product BenchConfig >/dev/null
bench=.build/release/BenchConfig
"$bench" --write "$conf"
vigil_out=$("$bench" --load "$conf" --runs "$runs")
echo "$vigil_out"
vigil_seconds=$(awk '/^vigil median seconds:/ {print $4}' <<<"$vigil_out")
vigil_rss=$(awk '/^vigil peak RSS KiB:/ {print $5}' <<<"$vigil_out")

if ! command -v keepalived >/dev/null; then
  echo "keepalived not installed: no comparison"
  exit 0
fi
best=""
for _ in $(seq "$runs"); do
  /usr/bin/time -f '%e %M' -o "$scratch/time" \
    keepalived -t -f "$conf" -p "$scratch/k.pid" -r "$scratch/v.pid" -c "$scratch/c.pid" -b "$scratch/b.pid" \
    >/dev/null 2>"$scratch/keepalived.err" || true
  read -r seconds rss <"$scratch/time"
  if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$seconds; best_rss=$rss; fi
done
echo "keepalived -t (2.2.7): best ${best} s wall, peak RSS ${best_rss} KiB over $runs runs"
awk -v v="$vigil_seconds" -v k="$best" -v vr="$vigil_rss" -v kr="$best_rss" 'BEGIN {
  printf "ratio vigil/keepalived: time %.2f, peak RSS %.2f\n", v / k, vr / kr
  printf "target vigil < 1 s: %s\n", (v < 1 ? "met" : "NOT met")
}'
