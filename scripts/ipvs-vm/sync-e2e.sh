#!/usr/bin/env bash
# Runs INSIDE the IPVS guest (scripts/test-ipvs.sh, scripts/bench-ipvs-sync.sh): connections through
# a NAT director pair survive the master's death when lvs_sync_daemon is on (Docs/Modules/IPVS.md,
# "Connection sync"). The seed 000 shape: directors A (priority 150) and B (100) hold an external VIP
# and an internal VIP in one sync group; two real servers route through the internal VIP; a client
# with four addresses keeps long-lived TCP connections (a short request every INTERVAL seconds, each
# answered) through a persistent virtual server. Once B's table holds every connection, A is killed
# (SIGKILL, then its links down); the client counts the connections that carry on without a reset or
# a wait over 2 s. Prints one verdict line 'ipvs-sync-e2e: ... survived N of M'.
#   SYNC_DIRECTOR=vigil|keepalived (vigil)   SYNC_ON=1|0 (1)   SYNC_CONNECTIONS (200)
#   SYNC_INTERVAL (0.5 s)   SYNC_MIN_PERCENT (99; exit 1 below it, 0 disables)
#   SYNC_FAILBACK=1: then A comes back as from a reboot (a fresh namespace, the higher priority) and
#   preempts; the directors re-send their connections every second (sync_refresh_period 1,
#   sync_threshold "3 0"), and the count covers both changes of master (issue 14 item 4).
#   SYNC_TRACE=1: also the events, both directors' logs, who held the VIPs and how many connection
#   entries each kernel had every 0.2 s, and the client's slow answers and pauses, with wall-clock times.
set -u
cd "$(dirname "$0")/../.."
root=$(pwd)
director=${SYNC_DIRECTOR:-vigil}
sync_on=${SYNC_ON:-1}
count=${SYNC_CONNECTIONS:-200}
interval=${SYNC_INTERVAL:-0.5}
min_percent=${SYNC_MIN_PERCENT:-99}
failback=${SYNC_FAILBACK:-0}
vigil=$root/.build/debug/vigil
traffic=$root/scripts/ipvs-vm/sync-traffic.py
# Debian's python directly: a version manager's shim costs seconds of forks under emulation.
python=/usr/bin/python3; [ -x "$python" ] || python=$(command -v python3)
dir=$(mktemp -d)
pids=()
say() { echo "ipvs-sync-e2e: $*"; }
# SYNC_TRACE=1: events with wall-clock times, a sampler of who holds what, the directors' logs.
trace=${SYNC_TRACE:-0}
mark() { [ "$trace" = 1 ] && echo "ipvs-sync-e2e: at $EPOCHREALTIME: $*"; return 0; }
stamp() { local l; while IFS= read -r l; do printf '%s %s\n' "$EPOCHREALTIME" "$l"; done; }
# Deleting the guest's end of each pair deletes the pair, even while a killed process still holds
# its namespace.
unwire() {
  for l in vsc0 vsax vsai vsbx vsbi vsr1 vsr2 vsbrx vsbri; do ip link del "$l" 2>/dev/null; done
  for ns in vsc vsa vsb vsr1 vsr2; do ip netns del "$ns" 2>/dev/null; done
}
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  unwire
  rm -rf "$dir"
}
trap cleanup EXIT
fail() {
  say "FAILED ($director, sync $sync_on): $*"
  for f in "$dir"/*.log; do echo "--- ${f##*/}"; tail -n 40 "$f"; done
  for ns in vsa vsb; do echo "--- $ns"; ip netns exec $ns ipvsadm -Ln; ip netns exec $ns ipvsadm -Lnc | head -n 5; done
  exit 1
}
# wait_until SECONDS COMMAND...: polls every 0.5 s (the guest has one emulated CPU).
wait_until() {
  local limit=$1 i; shift
  for ((i = 0; i < limit * 2; i++)); do "$@" && return 0; sleep 0.5; done
  return 1
}

# The directors run a copy in the guest's memory: loading the debug build over 9p made each start
# take 8-13 s of the emulated CPU, against 3-5 s from a copy (issue 14 item 4, Docs/Benchmarks.md).
if [ "$director" = vigil ]; then cp "$vigil" "$dir/vigil" || fail "cannot copy $vigil"; fi

# The wiring: two bridges in the guest's own namespace, one veth pair per link, both ends named at birth.
unwire
for ns in vsc vsa vsb vsr1 vsr2; do ip netns add $ns; done
{
  echo "link add vsbrx type bridge mcast_snooping 0 forward_delay 0"
  echo "link add vsbri type bridge mcast_snooping 0 forward_delay 0"
  echo "link add vsc0 type veth peer name eth0 netns vsc"
  for d in a b; do
    echo "link add vs${d}x type veth peer name ext netns vs$d"
    echo "link add vs${d}i type veth peer name int netns vs$d"
  done
  for r in 1 2; do echo "link add vsr$r type veth peer name eth0 netns vsr$r"; done
  for l in vsc0 vsax vsbx; do echo "link set $l master vsbrx up"; done
  for l in vsai vsbi vsr1 vsr2; do echo "link set $l master vsbri up"; done
  echo "link set vsbrx up"
  echo "link set vsbri up"
} > "$dir/root.batch"
ip -batch "$dir/root.batch" || fail "cannot build the bridges"
ip -n vsc -batch - <<'B' || fail "client"
link set lo up
link set eth0 up
addr add 10.91.1.10/24 dev eth0
addr add 10.91.1.11/24 dev eth0
addr add 10.91.1.12/24 dev eth0
addr add 10.91.1.13/24 dev eth0
B
# wire_director a|b: the director's namespace, links and addresses (again for A's return).
wire_director() {
  local d=$1 n
  if [ "$d" = a ]; then n=2; else n=3; fi
  ip -n vs$d -batch - <<B || fail "director $d"
link set lo up
link set ext up
link set int up
addr add 10.91.1.$n/24 dev ext
addr add 10.91.2.$n/24 dev int
B
  ip netns exec vs$d sysctl -q -w net.ipv4.ip_forward=1
}
# The timed resync of item 4, once ip_vs is loaded (its sysctls exist in every namespace from then on).
timed_resync() {
  [ "$failback" = 1 ] || return 0
  ip netns exec vs$1 sysctl -q -w net.ipv4.vs.sync_refresh_period=1 "net.ipv4.vs.sync_threshold=3 0"
}
wire_director a
wire_director b
for r in 1 2; do
  ip -n vsr$r -batch - <<B || fail "real server $r"
link set lo up
link set eth0 up
addr add 10.91.2.1$r/24 dev eth0
route add default via 10.91.2.100
B
  ip netns exec vsr$r "$python" "$traffic" serve 10.91.2.1$r 8000 rs$r > "$dir/rs$r.log" 2>&1 &
  pids+=($!); disown $!
done

# One configuration, A's and B's differing in the priority; VRRPv3 at 0.2 s so a takeover takes
# about 0.7 s and TCP's retransmissions (0.2, 0.6, 1.4 s) carry requests over it within 2 s. The
# directors run with a real-time priority (keepalived's vrrp_rt_priority does the same for itself)
# so the emulated CPU, busy with the traffic, does not delay adverts into a false takeover; but only
# once their start-up is over (raise_priority): a director starting at real-time priority holds the
# guest's one CPU for the seconds its start-up takes (a debug build of vigil: 3-13 s in the guest)
# while the client and real servers, which would be other machines, get 5 % of it: the returning
# director made requests wait over 2 s before it was even in their path.
config() {
  local priority=$1
  cat <<CONF
global_defs {
    router_id $2
    vrrp_version 3
$([ "$sync_on" = 1 ] && echo "    lvs_sync_daemon int VI_INT id 7")
}
vrrp_sync_group VG1 {
    group {
        VI_EXT
        VI_INT
    }
}
vrrp_instance VI_EXT {
    state BACKUP
    interface ext
    virtual_router_id 51
    priority $priority
    advert_int 0.2
    virtual_ipaddress {
        10.91.1.100/24
    }
}
vrrp_instance VI_INT {
    state BACKUP
    interface int
    virtual_router_id 52
    priority $priority
    advert_int 0.2
    virtual_ipaddress {
        10.91.2.100/24
    }
}
virtual_server 10.91.1.100 8000 {
    delay_loop 10
    lb_algo rr
    lb_kind NAT
    persistence_timeout 120
    protocol TCP
    real_server 10.91.2.11 8000 {
        TCP_CHECK {
            connect_timeout 2
        }
    }
    real_server 10.91.2.12 8000 {
        TCP_CHECK {
            connect_timeout 2
        }
    }
}
CONF
}
start_director() {
  local d=$1 priority=$2
  config "$priority" "lb$d" > "$dir/$d.conf"
  # The log arrives through a FIFO with wall-clock times (the guest has no /dev/fd for >(...)).
  rm -f "$dir/$d.fifo"; mkfifo "$dir/$d.fifo"
  stamp < "$dir/$d.fifo" >> "$dir/director-$d.log" &
  pids+=($!); disown $!
  case $director in
    vigil)
      ip netns exec vs$d "$dir/vigil" -f "$dir/$d.conf" -n -l -D -p "$dir/$d.pid" -r "$dir/$d-vrrp.pid" \
        -c "$dir/$d-check.pid" --status-socket "$dir/$d.sock" > "$dir/$d.fifo" 2>&1 &
      ;;
    keepalived)
      ip netns exec vs$d keepalived -f "$dir/$d.conf" -n -l -D -p "$dir/$d.pid" -r "$dir/$d-vrrp.pid" \
        -c "$dir/$d-check.pid" > "$dir/$d.fifo" 2>&1 &
      ;;
    *) fail "SYNC_DIRECTOR must be vigil or keepalived" ;;
  esac
  pids+=($!)
  eval "pid_$d=$!"
  disown $!
}
# raise_priority a|b: as soon as the director has written its pid files (its start-up's costly part,
# loading and the runtime's set-up, is over), every thread of its processes gets the real-time
# priority. Builtins only, and a sleep without a fork (a read that times out on a FIFO): each fork
# costs a tenth of a second in the busy guest.
raise_priority() {
  local d=$1 f i tick
  mkfifo "$dir/tick-$d" && exec {tick}<>"$dir/tick-$d"
  for ((i = 0; i < 1200; i++)); do
    [ -s "$dir/$d.pid" ] && [ -s "$dir/$d-vrrp.pid" ] && [ -s "$dir/$d-check.pid" ] && break
    read -r -t 0.1 -u "$tick"
  done
  exec {tick}<&-; rm -f "$dir/tick-$d"
  [ "$i" -lt 1200 ] || fail "director $d never wrote its pid files"
  # chrt -a gives up at a thread that ends while it goes through them: then again.
  for f in "$dir/$d.pid" "$dir/$d-vrrp.pid" "$dir/$d-check.pid"; do
    for i in 1 2 3 4 5; do chrt -a -r -p 10 "$(< "$f")" > /dev/null 2>&1 && continue 2; done
    fail "cannot raise director $d's priority"
  done
  mark "director $d runs at real-time priority"
}
has_vip() { ip -n vs$1 -o addr show dev ext | grep -q 10.91.1.100; }
connections() { ip netns exec vs$1 ipvsadm -Lnc | grep -c ESTABLISHED; }
# A persistence template is the entry whose client port is 0.
templates() { ip netns exec vs$1 ipvsadm -Lnc | awk 'NR > 2 && $4 ~ /:0$/ {n++} END {print n + 0}'; }
states() { ip netns exec vs$1 ipvsadm -Lnc | awk 'NR > 2 {print $3}' | sort | uniq -c | tr -s ' \n' ' '; }
both_servers() { ip netns exec vs$1 ipvsadm -Ln | grep -c '10.91.2.1[12]:8000 *Masq' | grep -qx 2; }

start_director a 150
start_director b 100
raise_priority a; raise_priority b
wait_until 60 has_vip a || fail "A never became master"
wait_until 60 both_servers a || fail "A's virtual server never had both real servers"
wait_until 60 both_servers b || fail "B's virtual server never had both real servers"
timed_resync a; timed_resync b
say "A master, both directors program IPVS after $SECONDS s; opening $count connections"

ready=$dir/ready; stop=$dir/stop
ip netns exec vsc "$python" "$traffic" client 10.91.1.100 8000 "$count" "$interval" "$ready" "$stop" \
  10.91.1.10 10.91.1.11 10.91.1.12 10.91.1.13 > "$dir/client.log" 2>&1 &
client=$!; pids+=($client)
wait_until 90 test -s "$ready" || fail "the connections were never all answered"
say "every connection answered after $(cat "$ready") s (A's table: $(states a))"
if [ "$sync_on" = 1 ]; then
  synced() { [ "$(connections b)" -ge "$count" ]; }
  wait_until 30 synced || fail "B's table never held the $count connections (it has $(connections b))"
  say "B's table: $(states b)"
  [ "$(templates b)" -ge 4 ] || fail "B has $(templates b) persistence templates, not one per client address"
else
  sleep 3
fi
if [ "$trace" = 1 ]; then
  "$python" "$traffic" sample 0.2 vsa vsb > "$dir/sample.log" 2>&1 &
  sampler=$!; pids+=($sampler)
fi
mark "killing A"
kill -9 "$pid_a"
ip -n vsa link set ext down; ip -n vsa link set int down
killed=$SECONDS
wait_until 30 has_vip b || fail "B never took the VIP"
say "B took over $((SECONDS - killed)) s after the kill; letting the connections run"
mark "B holds the VIP"
sleep 5
if [ "$failback" = 1 ]; then
  ip link del vsax; ip link del vsai; ip netns del vsa
  ip netns add vsa
  printf '%s\n' "link add vsax type veth peer name ext netns vsa" "link add vsai type veth peer name int netns vsa" \
    "link set vsax master vsbrx up" "link set vsai master vsbri up" | ip -batch - || fail "A's return"
  wire_director a
  timed_resync a
  rm -f "$dir"/a.sock "$dir"/a*.pid
  returned=$SECONDS
  mark "starting A again"
  start_director a 150
  raise_priority a &
  raising=$!; pids+=($raising)
  wait_until 60 has_vip a || fail "A never took the VIP back"
  wait "$raising" || fail "A's priority was not raised"
  mark "A holds the VIP"
  # The templates B got by sync are not re-sent: B's synced connections have no link to them (the
  # kernel links a connection to its template only when it schedules it), so A gets only those
  # B created or used for a new connection; none here (Docs/Modules/IPVS.md, "Connection sync").
  say "A is back and took the VIP $((SECONDS - returned)) s after it started, holding" \
    "$(connections a) connections and $(templates a) persistence templates"
  sleep 5
fi
touch "$stop"
mark "stopping the client"
wait "$client"
if [ "$trace" = 1 ]; then
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null
  for f in director-a director-b sample; do [ -s "$dir/$f.log" ] && { echo "--- $f"; cat "$dir/$f.log"; }; done
  echo "--- lost flows by the second their longest wait began"
  awk '/LOST/ {n[int($9)]++; w[int($9)] = w[int($9)] " " $5} END {for (t in n) print t, n[t], w[t]}' "$dir/client.log" | sort -n
  echo "--- the client's slow answers and pauses"
  grep -E '^(slow|pause) ' "$dir/client.log" | sort -k2n
fi
grep LOST "$dir/client.log" | head -n 5
summary=$(tail -n1 "$dir/client.log")
survived=$(awk '{print $2}' <<<"$summary")
[ -n "$survived" ] || fail "the client printed no summary"
percent=$((survived * 100 / count))
worst=$(awk '$1 == "flow" && $3 == "open" && $5 > w {w = $5} END {printf "%.2f", w}' "$dir/client.log")
resets=$(grep -c '^flow [0-9]* reset' "$dir/client.log")
say "$director, sync $sync_on$([ "$failback" = 1 ] && echo ", fail-back"): $summary ($percent %) after the master died$([ "$failback" = 1 ] && echo " and came back"); $resets reset; longest wait of a surviving connection $worst s; ${SECONDS} s in all"
if [ "$min_percent" -gt 0 ] && [ "$survived" -lt $((count * min_percent / 100)) ]; then
  fail "below $min_percent %"
fi
exit 0
