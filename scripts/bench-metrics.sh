#!/usr/bin/env bash
# By hand, never in CI: the Prometheus exposition's cost, Vigil's hand-written PrometheusExposition
# against swift-prometheus 2.4.1 (Docs/Metrics.md, "Why the exposition is written by hand").
# Builds two release executables in a scratch package and prints time per scrape and max RSS.
# SWIFT_PROMETHEUS=path uses a local checkout instead of the package URL.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Sources/BenchProm" "$work/Sources/BenchHand"
cp "$here/bench-metrics/BenchProm/main.swift" "$work/Sources/BenchProm/"
cp "$here/bench-metrics/BenchHand/main.swift" "$work/Sources/BenchHand/"
cp "$here/../Sources/Daemon/Status/PrometheusExposition.swift" "$here/../Sources/Daemon/Status/PrometheusLabels.swift" \
  "$work/Sources/BenchHand/"
if [ -n "${SWIFT_PROMETHEUS:-}" ]; then
  dependency=".package(path: \"$SWIFT_PROMETHEUS\")"
else
  dependency='.package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1")'
fi
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription
let package = Package(
    name: "bench",
    dependencies: [$dependency],
    targets: [
        .executableTarget(name: "BenchProm", dependencies: [.product(name: "Prometheus", package: "swift-prometheus")]),
        .executableTarget(name: "BenchHand"),
    ])
SWIFT
cd "$work"
swift build -c release >build.log 2>&1 || { grep -E "error" build.log; exit 1; }
ls -l .build/release/BenchHand .build/release/BenchProm | awk '{print $9, $5, "bytes"}'
.build/release/BenchHand
.build/release/BenchProm
