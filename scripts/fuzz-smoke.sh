#!/usr/bin/env bash
# Builds every libFuzzer target and runs each briefly (FUZZ_SECONDS, default 20) from its seed corpus.
# A crash, trap or leak fails the script; the reproducer is left in .build-fuzz/artifacts.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
scratch=.build-fuzz
flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer -Xswiftc -D -Xswiftc FUZZING -Xswiftc -use-ld=lld)
mkdir -p "$scratch/artifacts"
for target in FuzzConfigLoader FuzzVRRPDecoder; do
  swift build "${flags[@]}" --product "$target"
  corpus="$scratch/corpus-$target"
  mkdir -p "$corpus"
  seeds="Fuzz/${target#Fuzz}/seeds"
  [ -d "$seeds" ] && cp -n "$seeds"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz-smoke: $target for ${seconds}s"
  "$scratch/release/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$scratch/artifacts/$target-" "$corpus" 2>&1 | tail -3
done
echo "fuzz-smoke: no crash"
