#!/usr/bin/env bash
# Regenerates Tests/NetlinkTests/IPVS/Fixtures/IPVSCaptures.swift: boots the IPVS guest, runs each
# scenario below under `strace -ff -yy` (ipvsadm, and keepalived 2.2.7 with a virtual_server
# config), keeps the generic-netlink traffic (sent and received datagrams, hex-dumped by strace)
# and turns it into Swift fixtures with the command that produced each.
#   scripts/ipvs-vm/capture-golden.sh            (host, as root)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$root/.build/ipvs-captures

# name | commands run first, not captured | captured command
scenarios=(
  "getInfo||ipvsadm -A -t 10.0.0.9:80"
  "addServicePersistent||ipvsadm -A -t 10.0.0.1:80 -s wlc -p 300"
  "addServicePersistentNetmask||ipvsadm -A -t 10.0.0.1:80 -s rr -p 600 -M 255.255.255.0"
  "addServiceUDPOnePacket||ipvsadm -A -u 10.0.0.2:53 -s rr -o"
  "addServiceSCTP||ipvsadm -A --sctp-service 10.0.0.3:3868 -s lc"
  "addServiceFwmarkSchedFlags||ipvsadm -A -f 7 -s sh -b sh-fallback,sh-port"
  "addServiceIPv6Persistent||ipvsadm -A -t [2001:db8::1]:443 -s wlc -p 60 -M 64"
  "addServiceIPv6Fwmark||ipvsadm -A -f 8 -6 -s mh -b mh-port"
  "addServicePersistenceEngine||ipvsadm -A -u 10.0.0.4:5060 -s rr -p 120 --pe sip"
  "editService|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -E -t 10.0.0.1:80 -s wrr"
  "deleteService|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -D -t 10.0.0.1:80"
  "addDestinationNAT|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 3"
  "addDestinationDR|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.2 -g -w 1"
  "addDestinationTunnelIPIP|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.3 -i -w 2"
  "addDestinationTunnelGUE|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.4 -i --tun-type gue --tun-port 6080 --tun-remcsum -w 2"
  "addDestinationTunnelGRE|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.5 -i --tun-type gre --tun-csum -w 2"
  "addDestinationThresholds|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.6:8080 -m -w 5 -x 100 -y 10"
  "addDestinationFwmark|ipvsadm -A -f 7 -s rr|ipvsadm -a -f 7 -r 10.0.1.7 -g -w 1"
  "addDestinationIPv6|ipvsadm -A -t [2001:db8::1]:443 -s rr|ipvsadm -a -t [2001:db8::1]:443 -r [2001:db8::10]:8443 -m -w 4"
  "editDestination|ipvsadm -A -t 10.0.0.1:80 -s wlc; ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 3|ipvsadm -e -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 0"
  "deleteDestination|ipvsadm -A -t 10.0.0.1:80 -s wlc; ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 3|ipvsadm -d -t 10.0.0.1:80 -r 10.0.1.1:8080"
  "flush|ipvsadm -A -t 10.0.0.1:80 -s wlc|ipvsadm -C"
  "list|ipvsadm -A -t 10.0.0.1:80 -s wlc -p 300; ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.1:8080 -m -w 3 -x 100 -y 10; ipvsadm -a -t 10.0.0.1:80 -r 10.0.1.2:8080 -m -w 0; ipvsadm -A -f 7 -s sh -b sh-port; ipvsadm -a -f 7 -r 10.0.1.3 -i --tun-type gue --tun-port 6080 -w 2; ipvsadm -A -t [2001:db8::1]:443 -s rr -p 60 -M 64; ipvsadm -a -t [2001:db8::1]:443 -r [2001:db8::10]:443 -g -w 1|ipvsadm -Ln"
  "startDaemon||ipvsadm --start-daemon master --mcast-interface lo --syncid 5"
  "startDaemonOptions||ipvsadm --start-daemon backup --mcast-interface lo --syncid 9 --sync-maxlen 1400 --mcast-group 239.1.2.3 --mcast-port 8850 --mcast-ttl 2"
  "stopDaemon|ipvsadm --start-daemon master --mcast-interface lo --syncid 5|ipvsadm --stop-daemon master"
  "keepalived||keepalived_basic"
  "keepalivedExtras||keepalived_extras"
)

guest() {
  set -euo pipefail
  modprobe -a ip_vs ip_vs_rr ip_vs_wlc ip_vs_wrr ip_vs_lc ip_vs_sh ip_vs_mh ip_vs_pe_sip
  ip addr add 10.0.0.1/32 dev lo
  rm -rf "$out"; mkdir -p "$out"
  printf 'kernel %s, %s, %s' "$(uname -r)" "$(ipvsadm --version | head -n1 | cut -d' ' -f1-2)" \
    "$(keepalived --version 2>&1 | head -n1 | cut -d' ' -f1-2)" > "$out/versions"
  printf '%s\n' "${scenarios[@]}" > "$out/order"
  local entry name setup cmd
  for entry in "${scenarios[@]}"; do
    IFS='|' read -r name setup cmd <<<"$entry"
    ipvsadm -C
    [ -n "$setup" ] && eval "$setup"
    mkdir -p "$out/$name"; printf '%s\n' "$cmd" > "$out/$name/command"
    case "$cmd" in keepalived_*) capture_keepalived "$out/$name" "$cmd"; continue ;; esac
    eval "strace -ff -yy -xx -s 65536 -e trace=sendmsg,recvmsg -e write=all -e read=all -o '$out/$name/trace' $cmd" \
      > "$out/$name/stdout"
    case "$cmd" in *-daemon*) ipvsadm --stop-daemon master 2>/dev/null || true; ipvsadm --stop-daemon backup 2>/dev/null || true ;; esac
  done
}

# keepalived configs: each is started with --check, left until `ipvsadm -Ln` matches its ready
# pattern, then stopped, so a capture holds its additions, inhibit changes and removals.
keepalived_basic() {
  cat <<'CONF'
global_defs {
    router_id golden
}
virtual_server 10.0.0.1 80 {
    lb_algo wlc
    lb_kind NAT
    persistence_timeout 300
    protocol TCP
    real_server 10.0.1.1 8080 {
        weight 3
    }
    real_server 10.0.1.2 8080 {
        weight 1
        uthreshold 100
        lthreshold 10
    }
}
virtual_server fwmark 7 {
    lb_algo sh
    sh-port
    lb_kind DR
    real_server 10.0.1.3 {
        weight 2
    }
}
virtual_server 2001:db8::1 443 {
    lb_algo rr
    lb_kind TUN
    protocol TCP
    real_server 2001:db8::10 443 {
        weight 1
    }
}
CONF
}
keepalived_basic_ready='Masq +3(.|\n)*Masq +1(.|\n)*Tunnel +1(.|\n)*Route +2'

keepalived_extras() {
  cat <<'CONF'
global_defs {
    router_id golden
}
virtual_server 10.0.0.5 5060 {
    lb_algo rr
    protocol UDP
    persistence_timeout 120
    persistence_granularity 255.255.255.0
    persistence_engine sip
    lb_kind NAT
    real_server 10.0.1.1 5060 {
        weight 1
    }
}
virtual_server 10.0.0.6 80 {
    delay_loop 1
    lb_algo wrr
    protocol TCP
    lvs_method TUN type gue port 6080 remcsum
    real_server 10.0.1.4 80 {
        weight 2
    }
    real_server 10.0.1.5 80 {
        weight 3
        lvs_method TUN type gre csum
    }
    real_server 10.0.1.6 80 {
        weight 4
        inhibit_on_failure
        TCP_CHECK {
            connect_ip 10.0.9.9
            connect_port 9
            connect_timeout 1
            retry 0
        }
    }
}
CONF
}
keepalived_extras_ready='10.0.1.6:80 +Tunnel +0 '

capture_keepalived() {   # capture_keepalived DIR CONFIG_FUNCTION
  local dir=$1 config=$2 ready_var=${2}_ready
  "$config" > "$dir/keepalived.conf"
  printf 'keepalived --dont-fork --log-console --check --use-file keepalived.conf  # %s in %s\n' \
    "$config" "${BASH_SOURCE[0]#"$root/"}" > "$dir/command"
  strace -ff -yy -xx -s 65536 -e trace=sendmsg,recvmsg -e write=all -e read=all -o "$dir/trace" \
    keepalived --dont-fork --log-console --check --use-file "$dir/keepalived.conf" \
    --pid "$dir/k.pid" --checkers_pid "$dir/c.pid" > "$dir/stdout" 2>&1 &
  local pid=$! n
  for n in $(seq 600); do
    ipvsadm -Ln | grep -Pzq "${!ready_var}" && break; sleep 0.1
  done
  ipvsadm -Ln > "$dir/table"
  kill -TERM "$(cat "$dir/k.pid")"
  wait "$pid" || true
}

if [ "${1:-}" = --guest ]; then guest; exit; fi
cd "$root"
"$here/run.sh" "$here/capture-golden.sh" --guest
/usr/bin/python3 "$here/strace-to-swift.py" "$out" > "$out/IPVSCaptures.swift"
mv "$out/IPVSCaptures.swift" Tests/NetlinkTests/IPVS/Fixtures/IPVSCaptures.swift
echo "wrote Tests/NetlinkTests/IPVS/Fixtures/IPVSCaptures.swift"
