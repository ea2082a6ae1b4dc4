#!/usr/bin/env bash
# Evaluates triage on the dev set (bench/assistant/dev/*.jsonl, written apart from the training set and never trained
# on): runs `deskhand triage --timing` on one core (taskset -c 0) with the current code, then scores the results.
# usage: bench/assistant/evaluate.sh [--markdown]      Needs Java (./.mvn/java-home.sh), Maven's offline cache, Python 3.
set -euo pipefail
cd "$(dirname "$0")/../.."
source ./.mvn/java-home.sh
out=target/assistant-bench
mkdir -p "$out"
./mvnw -B -o -q compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null
cat bench/assistant/dev/*.jsonl > "$out/dev.jsonl"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
"${pin[@]}" "$JAVA_HOME/bin/java" -Xmx512m -cp "target/classes:$(cat "$out/classpath.txt")" dev.deskhand.DeskhandApplication \
  triage --in "$out/dev.jsonl" --out "$out/results.jsonl" --timing 2> "$out/stderr.txt" || true
grep -v "^timing:" "$out/stderr.txt" | grep -v " INFO " >&2 || true
python3 bench/assistant/score.py bench/assistant/dev/*.jsonl --results "$out/results.jsonl" --timing "$out/stderr.txt" "$@"
