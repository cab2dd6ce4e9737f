#!/usr/bin/env bash
# scripts/ipvs-vm/run.sh 'shell command'   or   scripts/ipvs-vm/run.sh prog arg...
#
# Runs one command as root under Debian's packaged kernel (which has IPVS) in QEMU, over this
# machine's own root filesystem (read-only, with a throwaway tmpfs overlay), in the current
# directory (shared read-write at the same path), and exits with the command's status. The
# command's stdout and stderr arrive merged on our stdout. The guest has no network device.
# Exit 124: IPVS_VM_TIMEOUT (default 1800 s) expired; 125: the VM failed before the command ended.
# Knobs: IPVS_VM_TIMEOUT, IPVS_VM_MEM (1G), IPVS_VM_PASS (extra variable names to pass; PATH and
# every VIGIL_* variable always are), IPVS_VM_CACHE (/var/cache/vigil-ipvs-vm),
# IPVS_VM_VERBOSE=1 (kernel console to stderr at the end), IPVS_VM_CPU_PERCENT=N (QEMU gets at most
# N % of one host core, a cgroup's CPU quota: the guest as slow as on a busy host, reproducibly).
# Needs scripts/ipvs-vm/setup.sh once. Under software emulation (TCG) a boot takes ~4 s.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
die() { echo "ipvs-vm: $*" >&2; exit 125; }
[ $# -ge 1 ] || die "usage: $0 'command' | prog args..."
[ "$(id -u)" = 0 ] || die "must run as root"
cwd=$(pwd -P); [ "$cwd" != / ] || die "run from a directory other than /"
command -v qemu-system-x86_64 >/dev/null || die "qemu missing: run scripts/ipvs-vm/setup.sh"

kernel=
for k in $(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -rV); do
  ls /lib/modules/"${k#/boot/vmlinuz-}"/kernel/net/netfilter/ipvs/ip_vs.ko* >/dev/null 2>&1 && { kernel=$k; break; }
done
[ -n "$kernel" ] || die "no kernel with IPVS modules: run scripts/ipvs-vm/setup.sh"
kver=${kernel#/boot/vmlinuz-}

# Cached artefacts, rebuilt when the kernel or the initramfs script changes.
cache=${IPVS_VM_CACHE:-/var/cache/vigil-ipvs-vm}
mkdir -p "$cache" || die "cannot create $cache"
initrd=$cache/initrd-$kver-$(sha1sum < "$here/build-initramfs.sh" | cut -c1-12).gz
if [ ! -s "$initrd" ]; then
  bash "$here/build-initramfs.sh" "$kver" "$initrd" || die "initramfs build failed"
  find "$cache" -maxdepth 1 -name 'initrd-*.gz' ! -name "${initrd##*/}" -delete
fi
# QEMU boots the ELF inside the bzImage through its PVH entry, skipping ~3 s of emulated
# real-mode setup and decompression; Debian compresses it with xz.
vmlinux=$cache/vmlinux-$kver-$(stat -c %s-%Y "$kernel")
if [ ! -s "$vmlinux" ]; then
  off=$(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$kernel" | head -n1 | cut -d: -f1)
  [ -n "$off" ] && tail -c +$((off + 1)) "$kernel" | xz -dc --single-stream > "$vmlinux.tmp" 2>/dev/null
  [ "$(head -c4 "$vmlinux.tmp" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 7f454c46 ] && mv "$vmlinux.tmp" "$vmlinux"
  rm -f "$vmlinux.tmp"
fi
boot=$kernel; [ -s "$vmlinux" ] && boot=$vmlinux

ctl=$(mktemp -d /tmp/vigil-ipvs-vm.XXXXXX) || die "mktemp failed"
qpid= ; cpid= ; cgroup=
cleanup() {
  [ -n "$qpid" ] && kill "$qpid" 2>/dev/null; [ -n "$cpid" ] && kill "$cpid" 2>/dev/null; rm -rf "$ctl"
  if [ -n "$cgroup" ]; then echo $$ > "${cgroup%/*}/cgroup.procs"; rmdir "$cgroup"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ -n "${IPVS_VM_CPU_PERCENT:-}" ]; then
  quota=$((IPVS_VM_CPU_PERCENT * 1000))
  if [ -f /sys/fs/cgroup/cpu/cpu.cfs_quota_us ]; then
    cgroup=/sys/fs/cgroup/cpu/vigil-ipvs-vm.$$
    mkdir "$cgroup" && echo 100000 > "$cgroup/cpu.cfs_period_us" && echo "$quota" > "$cgroup/cpu.cfs_quota_us"
  else
    cgroup=/sys/fs/cgroup/vigil-ipvs-vm.$$
    mkdir "$cgroup" && echo "$quota 100000" > "$cgroup/cpu.max"
  fi || die "cannot limit QEMU to $IPVS_VM_CPU_PERCENT % of a core"
  echo $$ > "$cgroup/cgroup.procs" || die "cannot move into $cgroup"
fi
cp "$here/stage2.sh" "$ctl/stage2.sh"
printf '%s' "$cwd" > "$ctl/cwd"
if [ $# -eq 1 ]; then printf '%s\n' "$1" > "$ctl/cmd"; else printf '%q ' "$@" > "$ctl/cmd"; fi
for v in PATH ${IPVS_VM_PASS:-} $(compgen -e | grep '^VIGIL_'); do
  [ -n "${!v+x}" ] && printf 'export %s=%q\n' "$v" "${!v}"
done > "$ctl/env"
# The guest's output port writes into a FIFO we copy to stdout (QEMU's stdio backend closes the
# port when its stdin ends, and a file backend would truncate a redirected stdout).
mkfifo "$ctl/out" || die "mkfifo failed"
cat "$ctl/out" & cpid=$!

timeout -k 5 "${IPVS_VM_TIMEOUT:-1800}" qemu-system-x86_64 \
  -machine q35 -accel tcg,thread=multi,tb-size=256 -cpu max -smp 1 -m "${IPVS_VM_MEM:-1G}" \
  -nodefaults -no-user-config -display none -no-reboot -nic none \
  -kernel "$boot" -initrd "$initrd" \
  -append "console=ttyS0 panic=-1 quiet loglevel=4 mitigations=off random.trust_cpu=on 8250.nr_uarts=1 i8042.noaux i8042.nokbd" \
  -chardev "file,id=con,path=$ctl/console.log" -serial chardev:con \
  -fsdev local,id=root,path=/,security_model=none,readonly=on,multidevs=remap \
  -device virtio-9p-pci,fsdev=root,mount_tag=root \
  -fsdev "local,id=ctl,path=$ctl,security_model=none" -device virtio-9p-pci,fsdev=ctl,mount_tag=ctl \
  -fsdev "local,id=cwd,path=${cwd//,/,,},security_model=passthrough,multidevs=remap" \
  -device virtio-9p-pci,fsdev=cwd,mount_tag=cwd \
  -device virtio-serial-pci -chardev "file,id=out,path=$ctl/out" -device virtserialport,chardev=out,name=out \
  < /dev/null &
qpid=$!
wait "$qpid"; qrc=$?; qpid=
: 3<>"$ctl/out"  # unblocks cat if QEMU died before opening the FIFO
wait "$cpid"; cpid=
[ "${IPVS_VM_VERBOSE:-0}" = 1 ] && cat "$ctl/console.log" >&2
[ -s "$ctl/rc" ] && exit "$(cat "$ctl/rc")"
[ "$qrc" = 124 ] && { echo "ipvs-vm: timed out" >&2; exit 124; }
echo "ipvs-vm: VM ended (qemu status $qrc) before the command did; console tail:" >&2
tail -n 30 "$ctl/console.log" >&2
exit 125
