#!/usr/bin/env bash
# Set-up and test: installs what is missing, copies the optional national layers into
# .cache/geodata when a local copy is at hand (never downloads; the default map's
# boundaries are committed in geodata/ and only the tests about the national layers are
# skipped, saying why, without them), then
#   1. builds with the 'ci' preset (build-ci/, warnings are errors) and runs the whole suite;
#   2. builds with the 'asan' preset (build-asan/, clang, ASan + UBSan) and runs the whole suite
#      again, with the LSan suppressions of tests/sanitizers/lsan.supp;
#   3. builds the libFuzzer targets ('fuzz' preset, build-fuzz/) and runs each for
#      $HGM_FUZZ_SECONDS (default 45) on a copy of its seed corpus, as many at once as there
#      are cores; any finding fails.
# Arguments are passed to ctest in stages 1 and 2 (e.g. `-R unit`, `-L render`).
# HGM_QUICK=1 runs stage 1 only, for iterating locally; CI never sets it.
source "$(dirname "$0")/lib.sh"
cd "$HGM_ROOT"
FUZZ_SECONDS="${HGM_FUZZ_SECONDS:-45}"
JOBS="$(nproc)"
# Tests run two per core: the window tests spend much of their time waiting (for Xvfb,
# the first frame, keys typed 250 ms apart), so one per core leaves about a third of the
# CPU idle (measured: the asan suite 276 s at -j2, 218 s at -j4 on 2 cores).
TEST_JOBS="$((2 * JOBS))"

install_packages
obtain_national_layers_if_local

build_and_test() {  # build_and_test PRESET [ctest args...]
  local preset="$1"
  shift
  timed "$preset: configure" cmake --preset "$preset" >/dev/null
  timed "$preset: build" cmake --build --preset "$preset" -j"$JOBS"
  timed "$preset: tests" ctest --preset "$preset" -j"$TEST_JOBS" "$@"
}

fuzz_one() {  # fuzz_one NAME CORPUS_DIR ARTIFACT_PREFIX LOG
  ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_string_checks=1" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
    "build-fuzz/tests/fuzz/fuzz_$1" -max_total_time="$FUZZ_SECONDS" -timeout=10 \
      -print_final_stats=1 -artifact_prefix="$3" "$2" >"$4" 2>&1
}

# Reports one finished fuzz run: its executions, or the end of its log and where the input is.
report_fuzz() {  # report_fuzz NAME STATUS SECONDS WORK FINDINGS
  say "fuzz $1 (${FUZZ_SECONDS} s): $3 s$([ "$2" -eq 0 ] || echo " (failed, exit $2)")"
  if [ "$2" -ne 0 ]; then
    tail -n 60 "$4/$1.log" >&2
    say "fuzz $1 found a problem; the input is in $5/"
    return 1
  fi
  grep -E '^stat::number_of_executed_units' "$4/$1.log" | sed "s/^/[hagiang-map] fuzz $1 /" >&2
}

# Runs every fuzz target on a temporary copy of its corpus (the repository is never
# written); a crash, leak, UBSan finding, failed property or timeout keeps the input in
# build-fuzz/findings/ and fails. A fuzzer uses one core, so $JOBS of them run side by side.
run_fuzzers() {
  local work findings="$HGM_ROOT/build-fuzz/findings" failed=0 name status start
  local running=()
  work="$(mktemp -d)"
  mkdir -p "$findings"
  wait_for_running() {
    local entry
    for entry in "${running[@]}"; do
      status=0
      wait "${entry%%:*}" || status=$?
      report_fuzz "${entry#*:}" "$status" "$((SECONDS - start))" "$work" "$findings" || failed=1
    done
    running=()
  }
  while read -r name; do
    [ -n "$name" ] || continue
    if [ ! -d "tests/fuzz/corpus/$name" ]; then
      say "fuzz $name: no seed corpus in tests/fuzz/corpus/$name/"
      failed=1
      continue
    fi
    mkdir -p "$work/$name"
    cp -R "tests/fuzz/corpus/$name/." "$work/$name/"
    [ ${#running[@]} -gt 0 ] || start=$SECONDS
    fuzz_one "$name" "$work/$name" "$findings/$name-" "$work/$name.log" &
    running+=("$!:$name")
    [ ${#running[@]} -lt "$JOBS" ] || wait_for_running
  done <build-fuzz/fuzzers.txt
  wait_for_running
  rm -rf "$work"
  return $failed
}

build_and_test ci "$@"
if [ "${HGM_QUICK:-0}" = 1 ]; then
  say "HGM_QUICK=1: skipped the sanitizer and fuzzing stages"
  exit 0
fi
build_and_test asan "$@"
timed "fuzz: configure" cmake --preset fuzz >/dev/null
timed "fuzz: build" cmake --build --preset fuzz -j"$JOBS"
run_fuzzers
say "all stages passed"
