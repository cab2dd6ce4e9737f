#!/usr/bin/env bash
# The import rules of Docs/Architecture.md ("Arrows point inward"); prints offenders and fails.
#  1. Pure modules import only the standard library and other pure Vigil modules.
#  2. The operating system (Glibc, CNetShim) and the whole of Foundation (which links ICU; the
#     daemon's JSON and dates use FoundationEssentials, which does not) are imported only by LinuxPlatform, the
#     executables (Sources/vigil, Fuzz/, Benchmarks/), the namespace lab (VigilLab: test and demo
#     tooling, never linked into the daemon's own modules) and the tests. Probes takes its system
#     calls from LinuxPlatform's System and its protocol rules from HealthCheck.
#  3. Daemon assembles and runs the lifecycle: it imports no OS module and uses no Unsafe*Pointer.
set -euo pipefail
cd "$(dirname "$0")/.."
pure=(NetworkPrimitives KeepalivedConfig VRRP HealthCheck LoadBalancer Netlink Engine Runtime ScaleOut)
allowed_re='^(NetworkPrimitives|KeepalivedConfig|VRRP|HealthCheck|LoadBalancer|Netlink|Engine|Runtime|ScaleOut|Synchronization)$'
os_re='^(Glibc|Musl|Darwin|Foundation|FoundationNetworking|FoundationInternationalization|CNetShim)$'
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

for dir in Sources/*/; do
  m=$(basename "$dir")
  case $m in
    LinuxPlatform | vigil | CNetShim | VigilLab) continue ;;
  esac
  for p in "${pure[@]}"; do [ "$p" = "$m" ] && continue 2; done
  while IFS=: read -r file line mod; do
    [[ $mod =~ $os_re ]] || continue
    echo "$file:$line: '$m' imports '$mod'; only LinuxPlatform, VigilLab, the executables and tests may"
    bad=1
  done < <(imports "$dir")
done

while IFS= read -r hit; do
  echo "$hit: Unsafe pointers belong in LinuxPlatform"
  bad=1
done < <(grep -rnE '\b(withUnsafe[A-Za-z]*|Unsafe[A-Za-z]*Pointer)\b' Sources/Daemon --include='*.swift' || true)

if [ $bad -ne 0 ]; then echo "check-imports: FAILED"; exit 1; fi
echo "check-imports: pure modules import only the standard library and Vigil's pure modules; the OS only" \
  "from LinuxPlatform, VigilLab, the executables and tests"
