#!/usr/bin/env bash
# build-initramfs.sh KVER OUT.cpio.gz: a busybox initramfs whose /init mounts the host's root
# (virtio-9p tag "root", read-only) under a tmpfs overlay, the run's control directory (tag "ctl")
# at /run/ipvs-vm and the caller's directory (tag "cwd", read-write) at its own path, then hands
# over to /run/ipvs-vm/stage2.sh in the new root.
set -euo pipefail
kver=${1:?kernel version}; out=${2:?output file}
busybox=/bin/busybox
file -L "$busybox" | grep -q 'statically linked' || { echo "$busybox is not static (apt-get install busybox-static)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"/{bin,dev,proc,sys,lower,rw,newroot,mods}
cp "$busybox" "$tmp/bin/busybox"
for a in sh mount mkdir insmod switch_root cat poweroff ip; do ln -s busybox "$tmp/bin/$a"; done
# Loaded in this order (dependencies first); built-in ones are skipped.
for m in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci \
         netfs fscache 9pnet 9pnet_virtio 9p overlay virtio_console; do
  f=$(modinfo -k "$kver" -n "$m" 2>/dev/null) || continue
  case "$f" in
    *.ko) cp "$f" "$tmp/mods/$m.ko" ;;
    *.ko.xz) xz -dc "$f" > "$tmp/mods/$m.ko" ;;
    *) continue ;;
  esac
  echo "$m" >> "$tmp/mods/order"
done
cat > "$tmp/init" <<'INIT'
#!/bin/sh
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
fail() { echo "ipvs-vm init: $*" > /dev/console; poweroff -f; }
for m in $(cat /mods/order); do insmod /mods/$m.ko; done
o=trans=virtio,version=9p2000.L,msize=512000
mount -t 9p -o "$o,ro,cache=loose" root /lower || fail "no host root"
mount -t tmpfs -o mode=0755 rw /rw; mkdir -p /rw/upper /rw/work
mount -t overlay -o lowerdir=/lower,upperdir=/rw/upper,workdir=/rw/work overlay /newroot || fail "no overlay"
mount -t tmpfs -o mode=0755 tmpfs /newroot/run
mount -t tmpfs -o mode=1777 tmpfs /newroot/tmp
mkdir -p /newroot/run/ipvs-vm
mount -t 9p -o "$o,cache=none" ctl /newroot/run/ipvs-vm || fail "no control dir"
cwd=$(cat /newroot/run/ipvs-vm/cwd)
mkdir -p "/newroot$cwd"  # a cwd under a guest tmpfs (/tmp, /run) does not exist yet
mount -t 9p -o "$o,cache=mmap" cwd "/newroot$cwd" || fail "no cwd $cwd"
for d in dev proc sys; do mount --move /$d /newroot/$d; done
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts; mount -t tmpfs tmpfs /newroot/dev/shm
ip link set lo up
exec switch_root /newroot /bin/bash /run/ipvs-vm/stage2.sh
INIT
chmod 755 "$tmp/init"
(cd "$tmp" && find . | LC_ALL=C sort | cpio --quiet -o -H newc -R 0:0 | gzip -1) > "$out.tmp"
mv "$out.tmp" "$out"
