#!/usr/bin/env bash
# Benchmark, by hand (never in CI): connections that survive a NAT director's crash, Vigil and
# keepalived 2.2.7, each with and without lvs_sync_daemon, in the IPVS guest (scripts/ipvs-vm,
# the host's keepalived runs there unchanged). Each run is scripts/ipvs-vm/sync-e2e.sh: 200
# long-lived connections, the master killed (SIGKILL, links down), survivors counted (no reset, no
# wait over 2 s). All runs share one guest boot.
#   scripts/bench-ipvs-sync.sh [RUNS (1)]      needs root and a debug build (swift build)
#   BENCH_DIRECTORS="vigil keepalived" and BENCH_SYNC="1 0" choose the cases; BENCH_FAILBACK=1 runs
#   each as fail-back (the master then comes back and preempts, issue 14 item 4: SYNC_FAILBACK).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
[ -x .build/debug/vigil ] || { echo "bench-ipvs-sync: build first (swift build)"; exit 1; }
command -v keepalived >/dev/null || { echo "bench-ipvs-sync: keepalived is not installed"; exit 1; }
(keepalived -v 2>&1 || true) | head -n1  # keepalived may die of SIGPIPE here
IPVS_VM_TIMEOUT=3600 scripts/ipvs-vm/run.sh "
  for run in \$(seq $runs); do
    for director in ${BENCH_DIRECTORS:-vigil keepalived}; do
      for sync in ${BENCH_SYNC:-1 0}; do
        SYNC_DIRECTOR=\$director SYNC_ON=\$sync SYNC_FAILBACK=${BENCH_FAILBACK:-0} SYNC_MIN_PERCENT=0 bash scripts/ipvs-vm/sync-e2e.sh | grep 'ipvs-sync-e2e: .*survived\\|FAILED\\|A is back'
      done
    done
  done"
