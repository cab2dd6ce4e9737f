#!/usr/bin/env bash
# Runs the tests that need a kernel with IPVS: builds the test bundle here, boots Debian's kernel
# in QEMU (scripts/ipvs-vm) over this machine's root filesystem and runs the IPVS tests there
# with VIGIL_IPVS_TESTS=1 (root inside the guest). Exit status: the tests'.
#   scripts/test-ipvs.sh [--skip-build] [FILTER]      (FILTER defaults to LinuxPlatformTests.IPVS)
# Needs root and scripts/ipvs-vm/setup.sh (run here when the packages are missing).
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
if [ "${1:-}" = --skip-build ]; then build=0; shift; fi
filter=${1:-LinuxPlatformTests.IPVS}
start=$SECONDS
[ "$(id -u)" -eq 0 ] || { echo "test-ipvs: needs root (QEMU over the host root filesystem)"; exit 1; }
command -v qemu-system-x86_64 >/dev/null && ls /lib/modules/*/kernel/net/netfilter/ipvs/ip_vs.ko* >/dev/null 2>&1 \
  || scripts/ipvs-vm/setup.sh
if [ $build = 1 ]; then swift build --build-tests; fi
bundle=$(ls -d .build/debug/*PackageTests.xctest | head -n1)
[ -x "$bundle" ] || { echo "test-ipvs: no test bundle under .build/debug (build with --build-tests)"; exit 1; }
echo "test-ipvs: running '$filter' tests of $bundle in the IPVS guest"
# Nothing is loaded by hand: the kernel loads ip_vs when the IPVS family is looked up, the
# ip_vs_* schedulers and persistence engines when a service names them, and veth on first use.
status=0
VIGIL_IPVS_TESTS=1 scripts/ipvs-vm/run.sh "$bundle" --testing-library swift-testing --filter "$filter" || status=$?
if [ "$filter" = LinuxPlatformTests.IPVS ]; then
  echo "test-ipvs: the daemon against the guest's IPVS"
  scripts/ipvs-vm/run.sh bash scripts/ipvs-vm/daemon-e2e.sh || status=$?
  echo "test-ipvs: connections through a NAT director pair survive its master's death and return (lvs_sync_daemon)"
  scripts/ipvs-vm/run.sh 'SYNC_FAILBACK=1 bash scripts/ipvs-vm/sync-e2e.sh' || status=$?
  echo "test-ipvs: lvs_flush, lvs_flush_on_stop and lvs_timeouts through the daemon"
  scripts/ipvs-vm/run.sh bash scripts/ipvs-vm/daemon-lvs-globals.sh || status=$?
fi
echo "test-ipvs: finished in $((SECONDS - start)) s with status $status"
exit $status
