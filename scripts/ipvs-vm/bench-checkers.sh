#!/usr/bin/env bash
# Runs INSIDE the IPVS guest (scripts/bench-probes-guest.sh starts it through run.sh):
#   bench-checkers.sh SIZE DURATION [WARMUP]
# One virtual_server 10.9.9.9:80 with SIZE real servers 127.1.x.y:18080, each with an HTTP_GET
# checker at delay_loop 1 s, all answered by one `BenchProbes serve` process on 0.0.0.0:18080.
# keepalived's checker process (-C), then Vigil's daemon, each run for WARMUP + DURATION seconds;
# over the DURATION window we sample its CPU time and resident size, the requests the backend
# answered and how many real servers IPVS holds. Prints one `bench-checkers:` line per daemon
# (key=value pairs) for the host script, plus the daemon's log tail when something looks wrong.
# Binaries: $VIGIL_BENCH_BIN (default .build/release) holds `vigil` and `BenchProbes`.
# VIGIL_BENCH_PERF=1: also samples Vigil with `perf record` for 10 s of its window (which perturbs
# its figures) and prints the hottest symbols.
set -u
cd "$(dirname "$0")/../.."
size=${1:?servers}; duration=${2:?seconds}; warmup=${3:-5}
bin=${VIGIL_BENCH_BIN:-.build/release}
vigil=$bin/vigil; probes=$bin/BenchProbes
for f in "$vigil" "$probes"; do [ -x "$f" ] || { echo "bench-checkers: $f missing"; exit 1; }; done
command -v keepalived >/dev/null || { echo "bench-checkers: keepalived missing"; exit 1; }
hz=$(getconf CLK_TCK)
dir=$(mktemp -d /tmp/bench-checkers.XXXXXX)
backend= ; daemon= ; checker= ; profiler=

# Ends only the processes this script started, by PID, and removes what they left behind.
cleanup() {
  local p
  for p in $profiler $daemon $checker $backend; do kill -TERM "$p" 2>/dev/null; done
  for p in $daemon $backend; do wait "$p" 2>/dev/null; done
  ipvsadm -C 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ip link set lo up
ulimit -n 65536 2>/dev/null || ulimit -n 20000 2>/dev/null || true
ipvsadm -C || { echo "bench-checkers: no IPVS in this kernel"; exit 1; }

# The configuration both daemons read (keepalived-behaviour 2.3 and 4: delay_loop on the virtual
# server is inherited by every checker; connect_timeout inside the checker block).
{
  echo 'virtual_server 10.9.9.9 80 {'
  echo '    delay_loop 1'
  echo '    lb_algo rr'
  echo '    lb_kind NAT'
  echo '    protocol TCP'
  for ((i = 0; i < size; i++)); do
    cat <<RS
    real_server 127.1.$((i / 250)).$((i % 250 + 1)) 18080 {
        HTTP_GET {
            url {
                path /
                status_code 200
            }
            connect_timeout 5
        }
    }
RS
  done
  echo '}'
} > "$dir/bench.conf"
"$vigil" check -f "$dir/bench.conf" > "$dir/check.log" 2>&1 \
  || { echo "bench-checkers: 'vigil check' rejected the configuration:"; cat "$dir/check.log"; exit 1; }

"$probes" serve --port 18080 --threads 1 --count-file "$dir/count" > "$dir/backend.log" 2>&1 & backend=$!
for ((i = 0; i < 300; i++)); do [ -s "$dir/count" ] && break; sleep 0.1; done
[ -s "$dir/count" ] || { echo "bench-checkers: the backend did not start"; cat "$dir/backend.log"; exit 1; }

# utime + stime of a process (all its threads), in clock ticks; the fields after the command name.
cpu_ticks() { local s; read -r s 2>/dev/null < "/proc/$1/stat" || { echo 0; return; }; s=${s##*) }; set -- $s; echo $(( ${12} + ${13} )); }
rss_kib() { awk '/^VmRSS:/ {print $2; f = 1} END {if (!f) print 0}' "/proc/$1/status" 2>/dev/null || echo 0; }
requests() { local n; read -r n 2>/dev/null < "$dir/count"; echo "${n:-0}"; }
idle_ticks() { local a; read -r a < /proc/stat; set -- $a; echo $(( $5 + $6 )); }
in_ipvs() { ipvsadm -Ln | grep -c ' 127\.1\.'; }

# Measures process $2 (the checker) for daemon $1 over the window; prints the result line.
measure() {
  local name=$1 pid=$2 log=$3
  sleep "$warmup"
  local c0 b0 r0 i0 t0 n0 c1 b1 r1 i1 t1 n1 rss threads0 threads1
  threads0=$(thread_ticks "$pid")
  if [ "$name" = vigil ] && [ "${VIGIL_BENCH_PERF:-0}" = 1 ]; then
    perf record -q -F 199 -p "$pid" -o "$dir/perf.data" -- sleep 10 > "$dir/perf.log" 2>&1 & profiler=$!
  fi
  n0=$(in_ipvs); c0=$(cpu_ticks "$pid"); b0=$(cpu_ticks "$backend"); r0=$(requests); i0=$(idle_ticks); t0=$EPOCHREALTIME
  sleep "$duration"
  threads1=$(thread_ticks "$pid"); c1=$(cpu_ticks "$pid"); b1=$(cpu_ticks "$backend"); r1=$(requests); i1=$(idle_ticks); t1=$EPOCHREALTIME
  rss=$(rss_kib "$pid"); n1=$(in_ipvs)
  kill -0 "$pid" 2>/dev/null || { echo "bench-checkers: $name ($pid) died during the run"; tail -n 40 "$log"; }
  awk -v name="$name" -v size="$size" -v hz="$hz" -v c="$((c1 - c0))" -v b="$((b1 - b0))" \
      -v r="$((r1 - r0))" -v idle="$((i1 - i0))" -v t0="$t0" -v t1="$t1" -v rss="$rss" -v n0="$n0" -v n1="$n1" 'BEGIN {
    w = t1 - t0
    printf "bench-checkers: daemon=%s servers=%d window_s=%.1f cpu_s_per_min=%.2f rss_mib=%.1f", name, size, w, c / hz * 60 / w, rss / 1024
    printf " checks_per_s=%.0f cpu_ms_per_check=%.2f backend_cpu_s_per_min=%.2f guest_idle_pct=%.0f ipvs_start=%d ipvs_end=%d\n", r / w, (r > 0 ? c / hz * 1000 / r : 0), b / hz * 60 / w, 100 * idle / hz / w, n0, n1
  }'
  local bad
  bad=$(grep -ciE 'fail|error|timeout|timed out|down' "$log")
  echo "bench-checkers: $name log lines mentioning failure: $bad"
  [ "$bad" = 0 ] || grep -iE 'fail|error|timeout|timed out|down' "$log" | sed 's/^[A-Z][a-z]* [A-Z][a-z]* *[0-9]* [0-9:]* [0-9]*: //' \
    | sed -E 's/[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+/A.B.C.D/g' | sort | uniq -c | sort -rn | head -n 5 | sed "s/^/bench-checkers:   $name: /"
  threads "$threads0" "$threads1" | sed "s/^/bench-checkers:   $name thread: /"
}

# "tid comm ticks" for every thread of process $1.
thread_ticks() {
  local t s
  for t in /proc/"$1"/task/*; do
    read -r s 2>/dev/null < "$t/stat" || continue
    local comm=${s#*(}; comm=${comm%)*}; s=${s##*) }; set -- $s
    echo "${t##*/} ${comm// /_} $(( ${12} + ${13} ))"
  done
}

# The four busiest threads between thread_ticks snapshots $1 and $2, in CPU seconds.
threads() {
  printf '%s\n' "$2" | awk -v hz="$hz" -v before="$1" 'BEGIN {
      n = split(before, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); t0[f[1]] = f[3] } }
    NF == 3 { d = $3 - t0[$1]; if (d > 0) printf "%.1f s %s (tid %s)\n", d / hz, $2, $1 }' | sort -rn | head -n 4
}

# Waits for the daemon to release IPVS after SIGTERM, then empties it for the next run.
stop() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null
  for ((i = 0; i < 600; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && { echo "bench-checkers: $pid ignored SIGTERM for 60 s; killing it"; kill -KILL "$pid"; }
  wait "$pid" 2>/dev/null
  ipvsadm -C
}

keepalived -n -l -C -f "$dir/bench.conf" -p "$dir/k.pid" -c "$dir/k_check.pid" -r "$dir/k_vrrp.pid" \
  > "$dir/keepalived.log" 2>&1 & daemon=$!
# The checker child writes its pid file once forked; measure it, not the parent.
for ((i = 0; i < 300; i++)); do
  read -r checker 2>/dev/null < "$dir/k_check.pid" && [ -n "$checker" ] && [ -d "/proc/$checker" ] && break
  checker=; sleep 0.1
done
if [ -z "$checker" ]; then
  echo "bench-checkers: keepalived's checker process never appeared"; tail -n 40 "$dir/keepalived.log"
else
  measure keepalived "$checker" "$dir/keepalived.log"
fi
stop "$daemon"; daemon= ; checker=

"$vigil" -n -l -C -f "$dir/bench.conf" -p "$dir/v.pid" -r "$dir/v_vrrp.pid" --status-socket "$dir/v.sock" \
  --data-file "$dir/v.data" --stats-file "$dir/v.stats" > "$dir/vigil.log" 2>&1 & daemon=$!
measure vigil "$daemon" "$dir/vigil.log"
if [ "${VIGIL_BENCH_LOGS:-0}" = 1 ]; then
  echo "--- keepalived log (tail)"; tail -n 20 "$dir/keepalived.log"
  echo "--- vigil log (tail)"; tail -n 20 "$dir/vigil.log"
fi
stop "$daemon"; daemon=
if [ -n "$profiler" ]; then
  wait "$profiler"; profiler=
  echo "--- perf: Vigil's hottest symbols"
  perf report -i "$dir/perf.data" --stdio --no-children --sort dso,sym 2>&1 | grep -v '^#' | grep . | head -n 40
fi
