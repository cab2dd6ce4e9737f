#!/usr/bin/env bash
# Pure modules may import only the standard library and other pure Vigil modules
# (Docs/Architecture.md, "Arrows point inward"). Prints offenders and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
pure=(NetworkPrimitives KeepalivedConfig VRRP HealthCheck LoadBalancer Netlink Engine Runtime)
allowed_re='^(NetworkPrimitives|KeepalivedConfig|VRRP|HealthCheck|LoadBalancer|Netlink|Engine|Runtime|Synchronization)$'
bad=0
for m in "${pure[@]}"; do
  [ -d "Sources/$m" ] || continue
  while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}; line=${rest%%:*}; text=${rest#*:}
    mod=$(sed -E 's/^[[:space:]]*(@[A-Za-z_]+([(][^)]*[)])?[[:space:]]+)*import[[:space:]]+(struct |class |enum |protocol |func |var |let |typealias )?([A-Za-z0-9_]+).*/\4/' <<<"$text")
    if ! [[ $mod =~ $allowed_re ]]; then
      echo "$file:$line: pure module '$m' imports '$mod'"
      bad=1
    fi
  done < <(grep -rnE '^[[:space:]]*(@[A-Za-z_]+([(][^)]*[)])?[[:space:]]+)*import[[:space:]]' "Sources/$m" --include='*.swift' || true)
done
if [ $bad -ne 0 ]; then echo "check-imports: FAILED"; exit 1; fi
echo "check-imports: pure modules import only the standard library and Vigil's pure modules"
