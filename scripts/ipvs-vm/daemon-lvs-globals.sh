#!/usr/bin/env bash
# Runs INSIDE the IPVS guest (scripts/test-ipvs.sh): keepalived's lvs_flush, lvs_flush_on_stop and
# lvs_timeouts through the vigil daemon. A service the daemon never added is flushed at start, the
# connection timeouts are set before the first service, and a service someone else adds while it runs
# is flushed with the daemon's own at SIGTERM. Prints one verdict line.
set -u
cd "$(dirname "$0")/../.."
vigil=.build/debug/vigil
dir=$(mktemp -d)
fail() { echo "ipvs-lvs-globals: FAILED: $*"; echo "--- vigil log"; cat "$dir/vigil.log"; ipvsadm -Ln; exit 1; }
ipvsadm -C
ipvsadm --set 900 120 300
ipvsadm -A -t 10.98.1.1:80 -s rr
cat > "$dir/vigil.conf" <<'CONF'
global_defs {
    lvs_flush
    lvs_flush_on_stop
    lvs_timeouts tcp 1234 tcpfin 56 udp 78
}
virtual_server 10.98.1.100 80 {
    delay_loop 1
    lb_algo rr
    lb_kind NAT
    protocol TCP
    real_server 10.98.1.2 8080 {
        weight 1
    }
}
CONF
"$vigil" -f "$dir/vigil.conf" -n -l -p "$dir/p" -r "$dir/r" -c "$dir/c" --status-socket "$dir/s" > "$dir/vigil.log" 2>&1 & daemon=$!
trap 'kill $daemon 2>/dev/null; ipvsadm -C; rm -rf "$dir"' EXIT
for ((i = 0; i < 300; i++)); do
  ipvsadm -Ln | grep -q "10.98.1.100:80" && break
  sleep 0.2
done
ipvsadm -Ln | grep -q "10.98.1.100:80" || fail "the virtual server never appeared"
ipvsadm -Ln | grep -q "10.98.1.1:80" && fail "lvs_flush left the service vigil never added"
ipvsadm -L --timeout | grep -q "Timeout (tcp tcpfin udp): 1234 56 78" || fail "lvs_timeouts: $(ipvsadm -L --timeout)"
ipvsadm -A -t 10.98.1.3:80 -s rr
kill -TERM "$daemon"; wait "$daemon" 2>/dev/null
[ -z "$(ipvsadm -Sn)" ] || fail "lvs_flush_on_stop left services: $(ipvsadm -Sn)"
echo "ipvs-lvs-globals: passed (flushed at start, timeouts set, flushed at stop)"
