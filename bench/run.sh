#!/usr/bin/env bash
# Benchmarks the whole `boardpack report --format xlsx,text,json` process at several scales
# against (a) a straightforward Python pipeline and (b) the C floor (libxlsxwriter writing the
# same number of cells and nothing else). Runs are interleaved (every program, every scale, in
# turn) so machine noise hits them alike; each figure is the median of --runs runs after one
# warm-up, with peak memory.
# Prints ratios measured in this one run, and writes them to bench/results/latest.md, with
# boardpack's CPU time: divided by the cores, it is the shortest any schedule could take.
#
# Usage: bench/run.sh [--scales "1 5 10"] [--runs 5]
set -euo pipefail
cd "$(dirname "$0")/.."
scales="1 5 10"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) scales="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--scales \"1 5 10\"] [--runs 5]" >&2; exit 2 ;;
  esac
done

work=${BENCH_DIR:-/tmp/boardpack-bench}
mkdir -p "$work" bench/results
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
python3 -c 'import xlsxwriter' 2>/dev/null || python3 -m pip install --quiet XlsxWriter
python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null || python3 -m pip install --quiet PyYAML

echo "Building boardpack (release)..." >&2
swift build -c release --product boardpack >&2 || { echo "bench: the release build failed" >&2; exit 1; }
boardpack=$(swift build -c release --show-bin-path)/boardpack
cc -O2 bench/c_floor/floor.c $(pkg-config --cflags --libs xlsxwriter) -o "$work/floor"

# Runs a command, printing "seconds peak_kb cpu_seconds" (CPU: user and system, all threads).
measure() { /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >/dev/null 2>&1; awk '{print $1, $2, $3 + $4}' "$work/time.txt"; }
cores=$(nproc)
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
cells() {
  python3 - "$1" <<'PY'
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(sum(z.read(n).count(b"<c ") for n in z.namelist() if n.startswith("xl/worksheets/sheet")))
PY
}

report="$work/report.md"
{
  echo "| scale | KPI rows | cells | boardpack s | peak MB | python s | C floor s | boardpack/python | boardpack/C floor |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} > "$report"
declare -A seconds rows_c n rows
# Set-up and a warm-up per scale, then the runs: each run goes through every scale in turn, so
# the machine's drift over the minutes a benchmark takes reaches every scale alike (the
# scale 10 / scale 5 ratio compares runs made side by side, not minutes apart).
for scale in $scales; do
  plan="$work/plan-s$scale"
  [ -f "$plan/plan.yaml" ] || python3 bench/generate_plan.py "$scale" "$plan"
  rows[$scale]=$(($(wc -l < "$plan/actuals/kpis.csv") - 1))
  out="$work/out-s$scale"
  rm -rf "$out"; mkdir -p "$out"
  "$boardpack" report "$plan" --period "2021/22 Q4" --format xlsx,text,json --out "$out" >/dev/null   # warm-up
  n[$scale]=$(cells "$out/bench-s$scale-2021-22-Q4.xlsx")
  cols=17; rows_c[$scale]=$(( (n[$scale] + cols - 1) / cols ))
  python3 bench/python_pipeline.py "$plan" "2021/22 Q4" "$work/py.xlsx"                            # warm-up
  : > "$work/bp-$scale.txt"; : > "$work/py-$scale.txt"; : > "$work/c-$scale.txt"; : > "$work/mem-$scale.txt"
  : > "$work/cpu-$scale.txt"
done
for _ in $(seq "$runs"); do
  for scale in $scales; do
    plan="$work/plan-s$scale"; out="$work/out-s$scale"
    read -r t m cpu < <(measure "$boardpack" report "$plan" --period "2021/22 Q4" --format xlsx,text,json --out "$out")
    echo "$t" >> "$work/bp-$scale.txt"; echo "$m" >> "$work/mem-$scale.txt"; echo "$cpu" >> "$work/cpu-$scale.txt"
    read -r t _ < <(measure python3 bench/python_pipeline.py "$plan" "2021/22 Q4" "$work/py.xlsx"); echo "$t" >> "$work/py-$scale.txt"
    read -r t _ < <(measure "$work/floor" "$work/floor.xlsx" "${rows_c[$scale]}" 17); echo "$t" >> "$work/c-$scale.txt"
  done
done
for scale in $scales; do
  bp=$(median < "$work/bp-$scale.txt"); py=$(median < "$work/py-$scale.txt"); c=$(median < "$work/c-$scale.txt")
  mem=$(sort -n "$work/mem-$scale.txt" | tail -1)
  seconds[$scale]=$bp
  printf "| %s | %s | %s | %s | %.0f | %s | %s | %.2f | %.2f |\n" "$scale" "${rows[$scale]}" "${n[$scale]}" "$bp" \
    "$(echo "$mem / 1024" | bc -l)" "$py" "$c" "$(echo "$bp / $py" | bc -l)" "$(echo "$bp / $c" | bc -l)" >> "$report"
done

# The spread of each program's runs, so a reader can see how much of a ratio is the machine.
spread() { sort -n "$1" | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s to %s", lo, hi}'; }
{
  echo
  for scale in $scales; do
    echo "Spread of the $runs runs at scale $scale: boardpack $(spread "$work/bp-$scale.txt") s, python $(spread "$work/py-$scale.txt") s, C floor $(spread "$work/c-$scale.txt") s."
  done
  # However the work is spread, boardpack cannot finish sooner than its CPU time over
  # the cores; set beside the quarter of Python's time that the target asks for.
  echo
  echo "| scale | boardpack CPU s | CPU s / $cores cores | boardpack s | python s / 4 |"
  echo "| --- | --- | --- | --- | --- |"
  for scale in $scales; do
    cpu=$(median < "$work/cpu-$scale.txt")
    printf "| %s | %.2f | %.2f | %s | %.2f |\n" "$scale" "$cpu" "$(echo "$cpu / $cores" | bc -l)" \
      "${seconds[$scale]}" "$(echo "$(median < "$work/py-$scale.txt") / 4" | bc -l)"
  done
} >> "$report"

: > "$work/seed.txt"
for _ in $(seq "$runs"); do measure "$boardpack" report Plans/3c-ict --format xlsx,text,json --out "$work/seed" | cut -d' ' -f1 >> "$work/seed.txt"; done
seed=$(median < "$work/seed.txt")
{
  echo
  echo "Plans/3c-ict as a whole process: ${seed} s (median of $runs)."
  if [ -n "${seconds[5]:-}" ] && [ -n "${seconds[10]:-}" ]; then
    printf "Scale 10 / scale 5: %.2f\n" "$(echo "${seconds[10]} / ${seconds[5]}" | bc -l)"
  fi
  echo
  echo "Targets at scale 5: boardpack/python <= 0.25; boardpack/C floor <= 2 (aim 1.5); peak <= 256 MB;"
  echo "scale 10 / scale 5 <= 2.2; Plans/3c-ict < 0.1 s."
} >> "$report"
cp "$report" bench/results/latest.md
cat "$report"
