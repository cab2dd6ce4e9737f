#!/usr/bin/env bash
# Installs Vigil's .deb into a fresh Debian 12 root (debootstrap --variant=minbase, no /opt/swift,
# no Swift toolchain) and runs it there: `vigil --help`, `vigil -t` on a valid and on a broken
# configuration (keepalived's exit statuses 0 and 5), the default path /etc/keepalived/keepalived.conf,
# then purges the package. The debootstrapped root is cached as a tarball (VIGIL_DEBROOT_CACHE,
# default /var/tmp/vigil-debroot) and unpacked afresh for every run.
#   scripts/test-package.sh DEB
# Needs root and debootstrap; the first run downloads about 40 MB from the machine's Debian mirror.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 1 ] && [ -f "$1" ] || { echo "usage: scripts/test-package.sh DEB" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "test-package: needs root (debootstrap, chroot)" >&2; exit 1; }
deb=$(realpath "$1")
# Everything runs in a private mount namespace: the root's /proc (the Swift runtime reads its
# arguments from /proc/self/cmdline) and debootstrap's mounts end with it, even on a failure. And in
# a network namespace of its own with an eth0 (one end of a veth pair: not every kernel has the dummy
# driver): `vigil -t`, like `keepalived -t`, checks that the interfaces a configuration names exist on
# the host, and the host's own names vary.
if [ "${VIGIL_TEST_PACKAGE_NAMESPACE:-}" != 1 ]; then
  exec env VIGIL_TEST_PACKAGE_NAMESPACE=1 unshare --mount --net --propagation private "$0" "$deb"
fi
ip link add eth0 type veth peer name eth0-peer
ip link set lo up
suite=bookworm
cache_dir=${VIGIL_DEBROOT_CACHE:-/var/tmp/vigil-debroot}
cache=$cache_dir/$suite-minbase.tar
start=$SECONDS

work=$(mktemp -d /var/tmp/vigil-package-test.XXXXXX)
root=$work/root
trap 'umount -R "$root/proc" 2>/dev/null; rm -rf --one-file-system "$work"' EXIT

if [ ! -s "$cache" ]; then
  command -v debootstrap >/dev/null || { echo "test-package: needs debootstrap (apt-get install debootstrap)" >&2; exit 1; }
  # The machine's own Debian mirror (deb822 or one-line sources), else Debian's.
  mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | grep -v '^[[:space:]]*#' \
    | grep -oE 'https?://[^ ]+/debian/?( |$)' | head -n1 | tr -d ' ' || true)
  mirror=${mirror:-http://deb.debian.org/debian}
  echo "test-package: debootstrap --variant=minbase $suite from $mirror (cached in $cache)"
  debootstrap --variant=minbase "$suite" "$work/bootstrap" "$mirror" > "$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log"; exit 1; }
  mkdir -p "$cache_dir"
  tar -C "$work/bootstrap" -cf "$cache.partial" . && mv "$cache.partial" "$cache"
  rm -rf "$work/bootstrap"
  echo "test-package: root made in $((SECONDS - start)) s"
fi

mkdir "$root"
tar -C "$root" -xf "$cache"
mount -t proc proc "$root/proc"
[ ! -e "$root/opt/swift" ] || { echo "test-package: the fresh root has /opt/swift" >&2; exit 1; }
cp "$deb" "$root/tmp/vigil.deb"
cat > "$root/tmp/valid.conf" <<'EOF'
vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
    advert_int 1
    virtual_ipaddress {
        192.0.2.10/24
    }
}
EOF
printf 'vrrp_instance VI_1 {\n    virtual_router_id 300\n}\n' > "$root/tmp/broken.conf"

failures=0
# Runs a command in the root and checks its exit status: expect STATUS NAME CMD...
expect() {
  local want=$1 name=$2 got=0
  shift 2
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@" > "$work/out" 2>&1 || got=$?
  if [ "$got" -eq "$want" ]; then
    echo "test-package: ok    $name (exit $got)"
  else
    echo "test-package: FAIL  $name: exit $got, expected $want; output:"
    sed 's/^/    /' "$work/out"
    failures=$((failures + 1))
  fi
}

# Nothing runs in the root but these commands (no init, no services): vigil as an installed tool.
expect 0 "dpkg -i" dpkg -i /tmp/vigil.deb
expect 0 "vigil is /usr/sbin/vigil" test -x /usr/sbin/vigil
expect 0 "vigil.service installed" test -s /lib/systemd/system/vigil.service
expect 0 "/etc/default/vigil is a conffile" grep -qx /etc/default/vigil /var/lib/dpkg/info/vigil.conffiles
expect 0 "man page installed" test -s /usr/share/man/man8/vigil.8.gz
expect 0 "vigil --version" vigil --version
grep -q "v$(tr -d '[:space:]' < VERSION)" "$work/out" || { echo "test-package: FAIL  vigil --version does not print VERSION"; failures=$((failures + 1)); }
expect 0 "vigil --help" vigil --help
grep -q "keepalived.conf" "$work/out" || { echo "test-package: FAIL  vigil --help does not mention keepalived.conf"; failures=$((failures + 1)); }
expect 0 "vigil -t -f valid.conf" vigil -t -f /tmp/valid.conf
expect 5 "vigil -t -f broken.conf (configuration errors)" vigil -t -f /tmp/broken.conf
expect 4 "vigil -t without /etc/keepalived/keepalived.conf (cannot run)" vigil -t
mkdir -p "$root/etc/keepalived"
cp "$root/tmp/valid.conf" "$root/etc/keepalived/keepalived.conf"
expect 0 "vigil -t reads /etc/keepalived/keepalived.conf" vigil -t
expect 0 "dpkg --purge vigil" dpkg --purge vigil
expect 1 "vigil gone after purge" test -e /usr/sbin/vigil
expect 1 "/etc/default/vigil gone after purge" test -e /etc/default/vigil

if [ $failures -ne 0 ]; then echo "test-package: $failures checks failed"; exit 1; fi
echo "test-package: every check passed in $((SECONDS - start)) s"
