#!/usr/bin/env bash
# Profiles one whole `boardpack report --format xlsx,text,json` run with perf and prints where
# its CPU time goes: each library boardpack calls, and each of its own modules, over the
# whole run and stretch by stretch.
#
# Usage: bench/profile.sh [SCALE]   (default 5; plans are cached as bench/run.sh caches them)
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-5}
work=${BENCH_DIR:-/tmp/boardpack-bench}
mkdir -p "$work"
command -v perf >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }

swift build -c release --product boardpack >&2 || { echo "profile: the release build failed" >&2; exit 1; }
boardpack=$(swift build -c release --show-bin-path)/boardpack
plan="$work/plan-s$scale"
[ -f "$plan/plan.yaml" ] || python3 bench/generate_plan.py "$scale" "$plan"
rm -rf "$work/profile-out"

# About a thousand samples a second on every thread, each with its call stack.
perf record -q -F 999 --call-graph dwarf,16384 -o "$work/perf.data" \
  "$boardpack" report "$plan" --period "2021/22 Q4" --format xlsx,text,json --out "$work/profile-out" >/dev/null
perf script -i "$work/perf.data" -F tid,time,ip,sym,dso 2>/dev/null > "$work/perf.txt"
python3 bench/attribute.py < "$work/perf.txt"
echo
# Which cores are busy when, and with what: idle stretches are where a better spread could help.
python3 bench/timeline.py --step 0.2 < "$work/perf.txt"
echo
# Each busy thread stretch by stretch: the one busy to the end is the critical path.
python3 bench/timeline.py --threads --step 0.1 < "$work/perf.txt"
