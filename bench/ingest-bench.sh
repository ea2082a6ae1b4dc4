#!/usr/bin/env bash
# Tracking-event ingest throughput: Deskhand's import end to end against a plain COPY of the same rows, in one run.
#
# Makes a fresh database deskhand_ingest_bench on the PostgreSQL at 127.0.0.1:5432, starts Deskhand once on it for the
# migrations and the demo workspace, and writes --scale events over --scale/10 shipments as CSV files of 50,000
# events (nine actual events and one estimated arrival per shipment, each with its own id; shipments in transit now,
# STALE percent of them, default 5, last heard of more than a day ago). Then:
#   1. ./deskhand import-events --workspace nordhavn --format csv FILE... in one JVM with -Xmx512m: parsing, reference
#      checks, matching to shipments (each shipment created by the import on its first event), idempotency checks,
#      derived status/ETA, the exception rules (ExceptionEvaluation.afterEvents in every batch's transaction) and
#      the NOTIFY, one transaction per 10,000 events; one enabled 'stale' rule (24 h), so the STALE percent raise an
#      exception and its work item, and the detection latency is measured. Timed from the first file's start to the last outcome, as stored
#      in shipments.import_file (the JVM's start is reported apart), plus heap from the GC log.
#   2. The same rows, exported as stored, COPYed into an equivalent table (same columns, indexes and foreign key),
#      three times, the median counted.
# Prints events/s of both and their ratio (target >= 0.5); writes bench/results/ingest-<time>.md.
#
# Usage: [RULE=0] [STALE=P] [PROFILE=1] bench/ingest-bench.sh [--scale N]   (RULE=0: without the rule; STALE=100: every
#   shipment raises an exception, the worst case; PROFILE=1: a flight recording of the import, summarised per method
#   into bench/results/ingest-profile-<time>.txt; PROFILE_FRAMES=REGEX profiles the threads whose stacks match it
#   instead of the import's, e.g. 'WorkItemOnTrackingException' for the exceptions' work items)
#   (default 1,000,000 events over 100,000 shipments; ~10 minutes here)
# Needs: a JDK 21+, python3, psql and curl, PostgreSQL at 127.0.0.1:5432 as postgres (PGHOST/PGPORT/PGUSER).
# Uses the database deskhand_ingest_bench and port 18184.
source "$(dirname "$0")/crash-lib.sh"
source "$(dirname "$0")/ingest-lib.sh"
SCALE=1000000
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
DB=deskhand_ingest_bench APP_PORT=18184 PER_FILE=50000
JAR=$(jar)
fresh_database
prepare_workspace
# one enabled rule, so the exception evaluation has work and its detection latency can be measured: a shipment in
# transit without news for 24 h (the STALE percent of shipments raise it once)
# (the demo's own rules are switched off: the bench decides which rules run)
sql "update shipments.exception_rule set enabled = false"
[ "${RULE:-1}" = 0 ] || sql "insert into shipments.exception_rule (id, workspace_id, name, kind, enabled, hours, work_type, priority, created_at,
  updated_at) select gen_random_uuid(), id, 'bench: no news for 24 h', 'stale', true, 24, 'tracking', 'NORMAL', now(),
  now() from workspace.workspace where slug = 'nordhavn'"
mkdir -p "$work/events"
t0=$(date +%s.%N)
gen_events $((SCALE / 10)) 10 "$work/events" $PER_FILE "${STALE:-5}"
echo "ingest-bench: $SCALE events in $(ls "$work/events" | wc -l) files ($(du -sh "$work/events" | cut -f1)), written in $(echo "$(date +%s.%N) - $t0" | bc) s"

# 1. Deskhand
JAVA_OPTS="-Xmx512m -Xlog:gc:file=$work/gc.log"
[ -z "${PROFILE:-}" ] || JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=$work/ingest.jfr,settings=profile"
# the demo data has shipments, events and import files of its own: everything below counts only this import's
before=$(sql "select now()")
start=$(date +%s.%N)
cli import-events --workspace nordhavn --format csv "$work"/events/*.csv || true
wall=$(echo "$(date +%s.%N) - $start" | bc)
if [ -n "${PROFILE:-}" ]; then
  # where the import's CPU went: of the execution samples of the import (checking and storing files; not the JVM's start, not the
  # listeners), the share per innermost Deskhand method, per innermost method and per step of the import
  mkdir -p bench/results
  "$JAVA_HOME/bin/jfr" print --stack-depth 64 --events jdk.ExecutionSample "$work/ingest.jfr" | python3 -c '
import collections, re, sys
own, top, step, n, frames = collections.Counter(), collections.Counter(), collections.Counter(), 0, []
STEPS = ["IngestCheck.check", "EventStore.insertEvents", "EventStore.existing", "EventStore.shipmentsByReference",
         "EventStore.derive", "EventStore.store", "ExceptionEvaluation", "ReferenceManagement.recordAll",
         "TrackingIngest.notifyDashboard", "TransactionTemplate.execute"]
def done():
    global n
    if frames and any(re.search(sys.argv[1], f) for f in frames):
        n += 1; top[frames[0]] += 1
        mine = next((f for f in frames if f.startswith("dev.deskhand.")), None)
        if mine: own[mine] += 1
        step[next((s for s in STEPS if any(s in f for f in frames)), "other")] += 1
for line in sys.stdin:
    line = line.strip()
    if line.startswith("jdk.ExecutionSample"): done(); frames = []
    m = re.match(r"([\w.$]+\.[\w$<>]+)\(", line)
    if m: frames.append(m.group(1))
done()
print(f"{n} samples in threads matching {sys.argv[1]!r} (one per 10 ms of a running thread)")
for title, c in (("step", step), ("innermost Deskhand method", own), ("innermost method", top)):
    print(f"\n{title}:")
    for f, k in c.most_common(15): print(f"{100 * k / n:5.1f} %  {f}")
' "${PROFILE_FRAMES:-TrackingIngest\.|ShipmentManagement\.}" > "bench/results/ingest-profile-$(date -u +%Y%m%dT%H%M%SZ).txt"
  echo "ingest-bench: profile in $(ls -t bench/results/ingest-profile-* | head -n 1)"
fi
grep -E '^\{' "$work/cli.log" | tail -n 1 || true
ours="shipments.tracking_event e join shipments.import_file f on f.id = e.import_id and f.created_at >= '$before'"
IFS='|' read -r stored ingest_s <<< "$(sql "select count(*), extract(epoch from max(e.received_at) - min(f.created_at))
  from $ours")"
shipments=$(sql "select count(*) from shipments.shipment where created_by_import and created_at >= '$before'")
rejected=$( (grep -Eo '"rejected":\[[^]]+' "$work/cli.log" || true) | wc -l)
heap_peak=$( (grep -Eo '[0-9]+M->[0-9]+M' "$work/gc.log" | sed 's/M->.*//' | sort -n || true) | tail -n 1)
# exception detection latency: from the triggering event's arrival (its received_at, the latest of its shipment's
# events received up to the raise) to the tracking_exception row's raised_at, in ms
IFS='|' read -r exceptions latency_p50 latency_p99 <<< "$(sql "select count(*),
  coalesce(round(percentile_cont(0.5) within group (order by ms)::numeric, 1), 0),
  coalesce(round(percentile_cont(0.99) within group (order by ms)::numeric, 1), 0)
  from (select extract(epoch from x.raised_at - e.at) * 1000 as ms from shipments.tracking_exception x
        cross join lateral (select max(t.received_at) as at from shipments.tracking_event t
                            where t.shipment_id = x.shipment_id and t.received_at <= x.raised_at) e
        join shipments.shipment s on s.id = x.shipment_id and s.created_at >= '$before'
        where e.at is not null) l")"
deskhand_rate=$(echo "$stored / $ingest_s" | bc)
[ -n "$deskhand_rate" ] || { echo "ingest-bench: nothing stored" >&2; exit 1; }
echo "ingest-bench: Deskhand stored $stored events and created $shipments shipments in $ingest_s s of ingest ($wall s with the JVM's start): $deskhand_rate events/s, peak heap ${heap_peak:-?} MB of 512"
echo "ingest-bench: $exceptions exceptions raised; detection latency (event received -> exception stored) p50 $latency_p50 ms, p99 $latency_p99 ms"

# 2. COPY of the same rows into an equivalent table
# equivalent: the same columns, defaults, checks and indexes (like … including all) and the same foreign key to the
# shipments (which "like" leaves out), so both sides pay for the same integrity checks
sql "drop table if exists public.copy_target; create table public.copy_target (like shipments.tracking_event including all);
  alter table public.copy_target add foreign key (shipment_id) references shipments.shipment (id) on delete cascade"
psql -qd "$DB" -c "\\copy (select e.* from $ours) to '$work/rows.copy'"
# three times (emptied in between, the table's files truncated like a fresh one), the median counted: on a shared
# 2-core machine one COPY of a million rows took anywhere from 22 to 31 s, and the ratio swung with it
copy_times=()
for _ in 1 2 3; do
  sql "truncate public.copy_target" >/dev/null
  start=$(date +%s.%N)
  psql -qd "$DB" -c "\\copy public.copy_target from '$work/rows.copy'"
  copy_times+=("$(echo "$(date +%s.%N) - $start" | bc)")
done
copy_s=$(printf '%s\n' "${copy_times[@]}" | sort -n | sed -n 2p)
copied=$(sql "select count(*) from public.copy_target")
copy_rate=$(echo "$copied / $copy_s" | bc)
ratio=$(echo "scale=3; $deskhand_rate / $copy_rate" | bc)
echo "ingest-bench: COPY of the same $copied rows into an equivalent table: $copy_s s (median of ${copy_times[*]} s), $copy_rate events/s"
echo "ingest-bench: ratio Deskhand : COPY = $ratio (target >= 0.5)"

mkdir -p bench/results
out="bench/results/ingest-$(date -u +%Y%m%dT%H%M%SZ).md"
cat > "$out" <<MD
# Ingest benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores

| what | events | seconds | events/s |
| --- | ---: | ---: | ---: |
| Deskhand import-events (ingest, with rules and NOTIFY) | $stored | $ingest_s | $deskhand_rate |
| Deskhand import-events (wall, incl. JVM start) | $stored | $wall | $(echo "$stored / $wall" | bc) |
| plain COPY into an equivalent table (median of three: ${copy_times[*]} s) | $copied | $copy_s | $copy_rate |

Ratio Deskhand : COPY = **$ratio** (target >= 0.5). Rule: ${RULE:-1} (1 = one stale rule on). Shipments created by the import: $shipments, ${STALE:-5} % of them stale. Files with rejected
records: $rejected. Peak heap before a collection: ${heap_peak:-?} MB (-Xmx512m). Exceptions raised: $exceptions;
detection latency (triggering event's received_at -> raised_at) p50 $latency_p50 ms, p99 **$latency_p99 ms**.
Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).
MD
echo "ingest-bench: results in $out"
