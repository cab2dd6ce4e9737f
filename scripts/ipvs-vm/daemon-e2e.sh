#!/usr/bin/env bash
# Runs INSIDE the IPVS guest (scripts/test-ipvs.sh): the vigil daemon programs the kernel's IPVS from
# a keepalived.conf virtual_server, the data plane follows health (a dead real server leaves, a
# recovered one comes back), and SIGTERM removes what it installed. Prints one verdict line.
set -u
cd "$(dirname "$0")/../.."
vigil=.build/debug/vigil
dir=$(mktemp -d)
fail() { echo "ipvs-daemon-e2e: FAILED: $*"; echo "--- vigil log"; cat "$dir/vigil.log"; ipvsadm -Ln; exit 1; }
ip link add vg0 type veth peer name vg1 && ip link set vg0 up && ip link set vg1 up
ip addr add 10.98.0.2/24 dev vg0 && ip addr add 10.98.0.3/24 dev vg0
python3 -m http.server 8080 --bind 10.98.0.2 >/dev/null 2>&1 & web1=$!
python3 -m http.server 8080 --bind 10.98.0.3 >/dev/null 2>&1 & web2=$!
cat > "$dir/vigil.conf" <<'CONF'
virtual_server 10.98.0.100 80 {
    delay_loop 1
    lb_algo wrr
    lb_kind NAT
    protocol TCP
    real_server 10.98.0.2 8080 {
        weight 3
        TCP_CHECK {
            connect_timeout 1
        }
    }
    real_server 10.98.0.3 8080 {
        TCP_CHECK {
            connect_timeout 1
        }
    }
}
CONF
"$vigil" -f "$dir/vigil.conf" -n -l -p "$dir/p" -r "$dir/r" --status-socket "$dir/s" > "$dir/vigil.log" 2>&1 & daemon=$!
trap 'kill $daemon $web1 $web2 2>/dev/null; rm -rf "$dir"' EXIT
# Polls `ipvsadm -Ln` for up to $1 seconds until real server 1 (10.98.0.2, weight 3) and real
# server 2 (10.98.0.3, weight 1) are present or absent as $2 and $3 say (yes|no).
wait_for() {
  local limit=$1 want1=$2 want2=$3 i
  for ((i = 0; i < limit * 5; i++)); do
    ipvsadm -Ln | awk -v w1="$want1" -v w2="$want2" '
      /10\.98\.0\.2:8080 +Masq +3 / {a = 1}
      /10\.98\.0\.3:8080 +Masq +1 / {b = 1}
      END { exit !((a ? "yes" : "no") == w1 && (b ? "yes" : "no") == w2) }' && return 0
    sleep 0.2
  done
  return 1
}
wait_for 60 yes yes || fail "both real servers never appeared with their weights"
grep -q "Data plane: IPVS" "$dir/vigil.log" || fail "the IPVS data plane was not chosen"
kill "$web2"
wait_for 30 yes no || fail "the dead real server stayed in the table"
python3 -m http.server 8080 --bind 10.98.0.3 >/dev/null 2>&1 & web2=$!
wait_for 30 yes yes || fail "the recovered real server did not come back"
kill -TERM "$daemon"; wait "$daemon" 2>/dev/null
ipvsadm -Ln | grep -q "10.98.0.100:80" && fail "SIGTERM left the virtual server in IPVS"
echo "ipvs-daemon-e2e: passed (added, removed on failure, re-added on recovery, released on SIGTERM)"
