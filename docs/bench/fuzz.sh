#!/usr/bin/env bash
# Coverage-guided fuzzing of the hostile-input surfaces (docs/reliability/hostile-input.md, D-039).
#
#   docs/bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Each target is one @FuzzTest method, fuzzed by Jazzer in its own surefire JVM (Jazzer fuzzes one
# method per JVM). Without TARGETs, all of them in turn. 600 s per target unless given.
# What a run leaves, all under each module's target/fuzz/ (nothing in src/, nothing in /tmp):
#   target/fuzz/<target>.log   the fuzzer's output; its last lines say how many inputs ran
#   target/fuzz/.cifuzz-corpus the corpus it grew (kept between runs, so a next run goes on from it)
#   target/fuzz/crash-*        an input that broke the property, if any: after the fix, copy it into
#                              src/test/resources/<package>/<Class>Inputs/<method>/ as a regression seed.
# The JVM gets -Xmx1g: an input that needs more memory is an OutOfMemoryError, a finding. Each
# input has 10 s (the test's @Timeout, which Jazzer hands to libFuzzer as -timeout; JUnit's own
# enforcement is turned off here, or it would stop the whole fuzzing run after 10 s).
# The machine is shared: every run is under nice.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-600}"
shift || true
# module, test, libFuzzer's largest input: a text plan's first 8 KB hold its header and many items
# (the 35 KB seed would make every run slow), a DOCX up to its seeds' size, JSON bodies short.
all=(
  "ejb-module PlanReaderFuzzTest#anyTextIsReadOrRefusedForTheUser 8192"
  "ejb-module PlanReaderFuzzTest#anyDocxIsReadOrRefusedForTheUser 16384"
  "ejb-module FigureCheckFuzzTest#anyFiguresAreRefusedOrStorable 4096"
  "web-module JsonBodiesFuzzTest#anyJsonBodyIsReadOrRefusedWithA4xx 4096"
)
targets=()
if [ "$#" -gt 0 ]; then
  for wanted in "$@"; do
    for t in "${all[@]}"; do [[ "$t" == *"$wanted"* ]] && targets+=("$t"); done
  done
else
  targets=("${all[@]}")
fi

# web-module's tests need dondoc-ejb's classes: build them once, offline, without installing.
projects="ejb-module"
for t in "${targets[@]}"; do [[ "$t" == web-module* ]] && projects="ejb-module,web-module"; done

total=0
for t in "${targets[@]}"; do
  read -r module test max_len <<<"$t"
  out="$PWD/$module/target/fuzz"
  mkdir -p "$out"
  log="$out/${test//#/.}.log"
  echo "== $module $test for ${seconds}s (log: $log)"
  set +e
  JAZZER_FUZZ=1 nice -n 10 mvn -o -B -pl "$projects" test \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Djazzer.max_duration="${seconds}s" -Djazzer.hooks=true \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    -DargLine="-Xmx1g -Djazzer.internal.basedir=$out -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-print_final_stats=1 -Djazzer.internal.arg.2=-max_len=$max_len" \
    >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -ao 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
  crashes=$(find "$out" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  echo "   executions: ${runs:-?}   maven exit: $rc   crash files in $out: $crashes"
  total=$((total + ${runs:-0}))
done
echo "== total executions: $total"
