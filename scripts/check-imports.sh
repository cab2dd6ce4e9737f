#!/usr/bin/env bash
# The import rules of Docs/Architecture.md ("Arrows point inward"); prints offenders and fails.
#  1. Pure modules import only the standard library and other pure Vigil modules.
#  2. The operating system (Glibc, Foundation, CNetShim) is imported only by LinuxPlatform, Probes,
#     the executables (Sources/vigil, Fuzz/, Benchmarks/) and the tests. Probes' count is printed
#     while its pure parts move to HealthCheck.
#  3. Daemon assembles and runs the lifecycle: it imports no OS module and uses no Unsafe*Pointer,
#     except the files listed in daemon_pending below.
set -euo pipefail
cd "$(dirname "$0")/.."
pure=(NetworkPrimitives KeepalivedConfig VRRP HealthCheck LoadBalancer Netlink Engine Runtime)
allowed_re='^(NetworkPrimitives|KeepalivedConfig|VRRP|HealthCheck|LoadBalancer|Netlink|Engine|Runtime|Synchronization)$'
os_re='^(Glibc|Musl|Darwin|Foundation|FoundationEssentials|FoundationNetworking|FoundationInternationalization|CNetShim)$'
# Daemon files that still reach the OS directly. Issue 10 moves each out of Daemon on its own branch:
# Scripts/ and Process/ (script runner -> LinuxPlatform), Checker/ (one Runtime), Lab/ (the lab
# target), Status/ (Foundation goes). Delete an entry when its file leaves Daemon or stops importing.
daemon_pending=(
  Sources/Daemon/Checker/IPVSFamilyResolver.swift
  Sources/Daemon/Checker/NamespacedEventLoop.swift
  Sources/Daemon/Lab/DemoRunner.swift
  Sources/Daemon/Lab/HTTPProber.swift
  Sources/Daemon/Lab/LabShell.swift
  Sources/Daemon/Lab/NamespaceLab.swift
  Sources/Daemon/Lab/UDPEchoResponder.swift
  Sources/Daemon/Lab/UDPProber.swift
  Sources/Daemon/Process/FileStatus.swift
  Sources/Daemon/Process/ProcessIdentity.swift
  Sources/Daemon/Process/UserDatabase.swift
  Sources/Daemon/Scripts/ProcessScriptRunner.swift
  Sources/Daemon/Scripts/ScriptResolver.swift
  Sources/Daemon/Status/StatusBoard.swift
  Sources/Daemon/Status/StatusClient.swift
  Sources/Daemon/Status/StatusDocument+JSON.swift
)
import_re='^[[:space:]]*(@[A-Za-z_]+([(][^)]*[)])?[[:space:]]+)*import[[:space:]]'
bad=0

# imports DIR: "file:line:module" for every import in DIR's Swift files.
imports() {
  grep -rnHE "$import_re" "$1" --include='*.swift' | while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}; line=${rest%%:*}; text=${rest#*:}
    mod=$(sed -E 's/^[[:space:]]*(@[A-Za-z_]+([(][^)]*[)])?[[:space:]]+)*import[[:space:]]+(struct |class |enum |protocol |func |var |let |typealias )?([A-Za-z0-9_]+).*/\4/' <<<"$text")
    echo "$file:$line:$mod"
  done || true
}

for m in "${pure[@]}"; do
  [ -d "Sources/$m" ] || continue
  while IFS=: read -r file line mod; do
    if ! [[ $mod =~ $allowed_re ]]; then
      echo "$file:$line: pure module '$m' imports '$mod'"
      bad=1
    fi
  done < <(imports "Sources/$m")
done

is_pending() {
  local f
  for f in "${daemon_pending[@]}"; do [ "$f" = "$1" ] && return 0; done
  return 1
}

for dir in Sources/*/; do
  m=$(basename "$dir")
  case $m in
    LinuxPlatform | vigil | CNetShim) continue ;;
  esac
  for p in "${pure[@]}"; do [ "$p" = "$m" ] && continue 2; done
  os_files=0
  while IFS=: read -r file line mod; do
    [[ $mod =~ $os_re ]] || continue
    os_files=$((os_files + 1))
    if [ "$m" = Probes ] || { [ "$m" = Daemon ] && is_pending "$file"; }; then continue; fi
    echo "$file:$line: '$m' imports '$mod'; only LinuxPlatform, Probes, the executables and tests may"
    bad=1
  done < <(imports "$dir")
  if [ "$m" = Probes ]; then echo "check-imports: Probes still imports the OS in $os_files place(s)"; fi
done

while IFS= read -r hit; do
  file=${hit%%:*}
  is_pending "$file" && continue
  echo "$hit: Unsafe pointers belong in LinuxPlatform"
  bad=1
done < <(grep -rnE '\b(withUnsafe[A-Za-z]*|Unsafe[A-Za-z]*Pointer)\b' Sources/Daemon --include='*.swift' || true)

for f in "${daemon_pending[@]}"; do
  if [ -f "$f" ] && ! imports "$f" | cut -d: -f3 | grep -qE "$os_re" \
    && ! grep -qE '\b(withUnsafe[A-Za-z]*|Unsafe[A-Za-z]*Pointer)\b' "$f"; then
    echo "check-imports: $f no longer reaches the OS; remove it from daemon_pending"
  fi
done

if [ $bad -ne 0 ]; then echo "check-imports: FAILED"; exit 1; fi
echo "check-imports: pure modules import only the standard library and Vigil's pure modules; the OS only" \
  "from LinuxPlatform, Probes, the executables and tests"
