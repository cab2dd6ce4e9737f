#!/usr/bin/env bash
# Installs what scripts/ipvs-vm/run.sh needs on Debian 12 (as root); idempotent.
# The host kernel may lack IPVS; Debian's packaged kernel has it as modules, booted under QEMU.
set -euo pipefail
pkgs="linux-image-amd64 qemu-system-x86 busybox-static ipvsadm kmod cpio xz-utils iproute2 curl strace"
missing=()
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # INITRD=No: Debian would build an initrd for the new kernel; run.sh builds its own.
  INITRD=No apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
ls /lib/modules/*/kernel/net/netfilter/ipvs/ip_vs.ko* >/dev/null
echo "ipvs-vm setup: ok"
