#!/usr/bin/env bash
# keepalived's checker process beside Vigil's daemon, both doing HTTP_GET at delay_loop 1 s on the
# same real servers, measured one after the other in the same QEMU IPVS guest (TCG emulation, so
# compare the two columns with each other, never with host figures). Prints one table row a size.
#   scripts/bench-probes-guest.sh [--sizes 200,1000] [--duration 30] [--warmup 5] [--skip-build]
# Builds release `vigil` and `BenchProbes` here, then per size runs
# scripts/ipvs-vm/run.sh bash scripts/ipvs-vm/bench-checkers.sh SIZE DURATION WARMUP.
# Knobs: IPVS_VM_MEM (default here 2G), IPVS_VM_TIMEOUT (default scales with the run), and
# VIGIL_BENCH_LOGS=1 (the guest prints both daemons' log tails), VIGIL_BENCH_PERF=1 (a perf profile
# of Vigil during its window, which perturbs its figures), VIGIL_BENCH_BIN (binaries to run).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=200,1000; duration=30; warmup=5; build=1
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --skip-build) build=0; shift ;;
    *) echo "usage: $0 [--sizes 200,1000] [--duration 30] [--warmup 5] [--skip-build]"; exit 2 ;;
  esac
done
[ "$(id -u)" -eq 0 ] || { echo "bench-probes-guest: needs root (QEMU over the host root filesystem)"; exit 1; }
command -v qemu-system-x86_64 >/dev/null && ls /lib/modules/*/kernel/net/netfilter/ipvs/ip_vs.ko* >/dev/null 2>&1 \
  || scripts/ipvs-vm/setup.sh
if [ $build = 1 ]; then
  # One product per invocation: with two --product flags SwiftPM builds only the last.
  scripts/build-release --product BenchProbes
  scripts/build-release --product vigil
fi
export VIGIL_BENCH_BIN=${VIGIL_BENCH_BIN:-$(swift build -c release --show-bin-path)}
export IPVS_VM_MEM=${IPVS_VM_MEM:-2G}
out=$(mktemp); trap 'rm -f "$out"' EXIT
rows=()
for size in ${sizes//,/ }; do
  echo "bench-probes-guest: $size servers, ${warmup} s warm-up + ${duration} s per daemon"
  status=0
  IPVS_VM_TIMEOUT=${IPVS_VM_TIMEOUT:-$((300 + 3 * (warmup + duration) + size / 10))} \
    scripts/ipvs-vm/run.sh bash scripts/ipvs-vm/bench-checkers.sh "$size" "$duration" "$warmup" > "$out" 2>&1 || status=$?
  cat "$out"
  [ $status = 0 ] || echo "bench-probes-guest: the guest run for $size servers ended with status $status"
  rows+=("$(awk -v size="$size" '
    /^bench-checkers: daemon=/ {
      for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "daemon") d = kv[2]; else v[d, kv[1]] = kv[2] }
    }
    function f(d, k) { return ((d, k) in v) ? v[d, k] : "-" }
    END {
      k = f("keepalived", "cpu_s_per_min"); g = f("vigil", "cpu_s_per_min")
      km = f("keepalived", "cpu_ms_per_check"); gm = f("vigil", "cpu_ms_per_check")
      ratio = (k != "-" && g != "-" && k > 0) ? sprintf("%.2f", g / k) : "-"
      per = (km != "-" && gm != "-" && km > 0) ? sprintf("%.1f", gm / km) : "-"
      printf "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | keepalived %s/%d, vigil %s/%d | %s / %s |\n", size,
        k, f("keepalived", "rss_mib"), f("keepalived", "checks_per_s"), km,
        g, f("vigil", "rss_mib"), f("vigil", "checks_per_s"), gm, ratio, per,
        f("keepalived", "ipvs_end"), size, f("vigil", "ipvs_end"), size,
        f("keepalived", "guest_idle_pct"), f("vigil", "guest_idle_pct")
    }' "$out")")
done
echo
echo "| servers | keepalived checker CPU s/min | RSS MiB | checks/s | CPU ms/check | vigil CPU s/min | RSS MiB | checks/s | CPU ms/check | ratio vigil/keepalived CPU | ratio per check | real servers in IPVS at the end | guest idle % (k / v) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
