#!/usr/bin/env bash
# Installs the Debian packages Vigil's tests and demo use as real peers and backends.
# Idempotent; needs root. Skips apt entirely when everything is already present.
set -euo pipefail
pkgs=(keepalived haproxy nftables iproute2 tcpdump iputils-ping iputils-arping ndisc6 curl python3 psmisc procps systemd
  prometheus chromium)
# scripts/test's package phase: dpkg-deb, dpkg-shlibdeps and strip build the .deb (scripts/package),
# debootstrap makes the fresh Debian root it is installed in (scripts/test-package.sh).
pkgs+=(dpkg-dev binutils debootstrap)
# The SMTP alert tests run a real mail server (python3 -m aiosmtpd, with Debian's /usr/bin/python3).
pkgs+=(python3-aiosmtpd)
# BGP mode's namespace test runs BIRD 2 as the directors' and the router's routing daemon.
pkgs+=(bird2)
# The SSL client certificate test makes its certificates and serves TLS with openssl s_server.
pkgs+=(openssl)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then echo "install-deps: all present"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "install-deps: need root to install: ${missing[*]}" >&2; exit 1; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Debian starts packaged daemons on install; Vigil's tests start their own, by PID, in namespaces.
# policy-rc.d exit 101 tells invoke-rc.d not to start services during this install.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy"; chmod +x "$policy"; own_policy=1; fi
trap '[ $own_policy -eq 1 ] && rm -f "$policy"' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
